using System;
using System.IO;
using System.Management.Automation;
using ClockifyPS.Tests.Support;

namespace ClockifyPS.Tests.Cmdlets;

/// <summary>Expense and invoice tests: a scratch folder for receipts and PDFs, and amounts read from ClockifyMoney.</summary>
public abstract class MoneyCmdletTests : ConnectedCmdletTests, IDisposable
{
    protected MoneyCmdletTests(EmulatorFixture fixture)
        : base(fixture) => Directory.CreateDirectory(Folder);

    /// <summary>A folder of this test's own, removed afterwards.</summary>
    protected string Folder { get; } = Path.Combine(Path.GetTempPath(), "clockifyps-money-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>The major-unit amount of a ClockifyMoney property.</summary>
    protected static decimal Money(PSObject item, string property) => (decimal)((dynamic)item.Properties[property].Value).Amount;
}
