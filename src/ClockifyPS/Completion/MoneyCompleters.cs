using System.Collections;
using System.Collections.Generic;
using System.Linq;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Completion
{
    /// <summary>Completes expense category names.</summary>
    public sealed class ExpenseCategoryNameCompleter : ClockifyCompleter
    {
        /// <inheritdoc />
        protected override ClockifyRequest? ListRequest(string workspaceId, IDictionary fakeBoundParameters) => ExpenseApi.ListCategories(workspaceId, null, null);

        /// <inheritdoc />
        protected override IReadOnlyList<NamedItem> Parse(ClockifyResponse response) => ExpenseApi.ParseCategoryNames(response);
    }

    /// <summary>Completes expense category ids, listing category names.</summary>
    public sealed class ExpenseCategoryIdCompleter : ClockifyCompleter
    {
        /// <inheritdoc />
        protected override bool CompletesIds => true;

        /// <inheritdoc />
        protected override ClockifyRequest? ListRequest(string workspaceId, IDictionary fakeBoundParameters) => ExpenseApi.ListCategories(workspaceId, null, null);

        /// <inheritdoc />
        protected override IReadOnlyList<NamedItem> Parse(ClockifyResponse response) => ExpenseApi.ParseCategoryNames(response);
    }

    /// <summary>Completes invoice ids, listing invoice numbers and clients.</summary>
    public sealed class InvoiceIdCompleter : ClockifyCompleter
    {
        /// <inheritdoc />
        protected override bool CompletesIds => true;

        /// <inheritdoc />
        protected override ClockifyRequest? ListRequest(string workspaceId, IDictionary fakeBoundParameters) => InvoiceApi.List(workspaceId, null);

        /// <inheritdoc />
        protected override IReadOnlyList<NamedItem> Parse(ClockifyResponse response) =>
            InvoiceApi.ParseList(response).Select(i => new NamedItem { Id = i.Id, Name = i.Number, ClientName = i.ClientName }).ToList();
    }
}
