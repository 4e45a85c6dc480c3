using System.Management.Automation;

namespace ClockifyPS.EmptyModule
{
    /// <summary>Does nothing; exists so the module has one cmdlet to export.</summary>
    [Cmdlet(VerbsCommon.Get, "Nothing")]
    public sealed class GetNothingCommand : Cmdlet
    {
    }
}
