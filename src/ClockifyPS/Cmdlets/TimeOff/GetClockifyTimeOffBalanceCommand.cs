using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.TimeOff
{
    /// <summary>
    /// <para type="synopsis">Gets time-off balances: one user's under every policy (yours by default), or every user's under one policy.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyTimeOffBalance", DefaultParameterSetName = UserSet, SupportsPaging = true)]
    [OutputType(typeof(ClockifyTimeOffBalance))]
    public sealed class GetClockifyTimeOffBalanceCommand : ClockifyWorkspaceCmdlet
    {
        /// <summary>Balances per page; Clockify documents no largest page here, so the time-off lists' 200 is used.</summary>
        internal const int PageSize = 200;

        private const string UserSet = "User";
        private const string PolicySet = "Policy";

        /// <summary><para type="description">Whose balances to get; binds from piped users. Default: the connected user.</para></summary>
        [Parameter(Position = 0, ParameterSetName = UserSet, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? UserId { get; set; }

        /// <summary><para type="description">Gets every user's balance under this policy instead; binds from piped policies.</para></summary>
        [Parameter(Mandatory = true, ParameterSetName = PolicySet, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string PolicyId { get; set; } = string.Empty;

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            ClockifyRequest request;
            if (ParameterSetName == PolicySet)
            {
                RequireId(nameof(PolicyId), PolicyId);
                request = TimeOffBalanceApi.ForPolicy(workspace, PolicyId);
            }
            else
            {
                string user = UserId ?? ActiveConnection.UserId;
                RequireId(nameof(UserId), user);
                request = TimeOffBalanceApi.ForUser(workspace, user);
            }

            var balances = CountedPages.Read(
                PagingParameters,
                PageSize,
                page =>
                {
                    TimeOffBalancePageDto dto = Send<TimeOffBalancePageDto>(request.ForPage(page, PageSize), request.Path);
                    return new CountedPages.Page<TimeOffBalanceDto>(dto.Balances, dto.Count);
                },
                CountedPages.Reporter(this, "Get-ClockifyTimeOffBalance", PageSize));
            foreach (TimeOffBalanceDto balance in balances)
            {
                WriteObject(new ClockifyTimeOffBalance(balance));
            }
        }
    }
}
