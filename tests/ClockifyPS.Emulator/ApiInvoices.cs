using System.Collections.Generic;

namespace ClockifyPS.Emulator;

/// <summary>Invoices, their items and payments. Every amount is in cents.</summary>
internal static class ApiInvoices
{
    internal static List<Route> Routes() => new();
}
