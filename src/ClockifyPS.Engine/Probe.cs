namespace ClockifyPS.Engine { internal static class Probe { } }
