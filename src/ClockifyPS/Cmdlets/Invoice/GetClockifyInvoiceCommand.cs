using System;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Invoice
{
    /// <summary>
    /// <para type="synopsis">Gets invoices: all of a workspace's or those of some statuses, or by id with their items. Amounts are in major units.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyInvoice", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(ClockifyInvoice))]
    public sealed class GetClockifyInvoiceCommand : ClockifyMoneyCmdlet
    {
        private const string ListSet = "List";
        private const string IdSet = "Id";

        /// <summary><para type="description">The ids of the invoices to get, with their items.</para></summary>
        [Parameter(Mandatory = true, ParameterSetName = IdSet)]
        [Alias("InvoiceId")]
        [ArgumentCompleter(typeof(InvoiceIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary><para type="description">Only invoices of these statuses.</para></summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateSet("Unsent", "Sent", "Paid", "PartiallyPaid", "Void", "Overdue", IgnoreCase = true)]
        public string[]? Status { get; set; }

        /// <summary><para type="description">Only invoices to this client (an id); binds from piped clients.</para></summary>
        [Parameter(ParameterSetName = ListSet, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(ClientIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? ClientId { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            if (ParameterSetName == IdSet)
            {
                foreach (string id in Id)
                {
                    RequireId(nameof(Id), id);
                    if (TrySend(InvoiceApi.Get(workspace, id), id, out InvoiceDto invoice))
                    {
                        WriteObject(new ClockifyInvoice(invoice, workspace));
                    }
                }

                return;
            }

            if (ClientId != null)
            {
                RequireId(nameof(ClientId), ClientId);
            }

            // The list has no client filter: the client is picked here.
            WriteListing(
                InvoiceApi.List(workspace, Status?.Select(InvoiceStatus.ApiName).Distinct()),
                (InvoiceDto invoice) => new ClockifyInvoice(invoice, workspace),
                "Get-ClockifyInvoice",
                ClientId is null ? null : invoice => string.Equals(invoice.ClientId, ClientId, StringComparison.OrdinalIgnoreCase),
                MoneyPage,
                InvoiceApi.ParseList);
        }
    }
}
