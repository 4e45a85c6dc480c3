namespace ClockifyPS { internal static class Probe { } }
