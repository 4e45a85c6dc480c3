using System;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Internal
{
    /// <summary>
    /// A workspace cmdlet whose parameters name other entities (-Client, -Project): names are turned into ids
    /// once per command through <see cref="ReferenceResolver"/>, ids pass through untouched.
    /// </summary>
    public abstract class ClockifyCatalogCmdlet : ClockifyWorkspaceCmdlet
    {
        private ReferenceResolver? resolver;

        /// <summary>The id of the client named or identified by <paramref name="nameOrId"/>; stops the cmdlet when none or several match.</summary>
        protected string ResolveClient(string workspace, string nameOrId) =>
            Resolve("Client", nameOrId, name => ClientApi.List(workspace, name, null));

        /// <summary>The id of the project named or identified by <paramref name="nameOrId"/>; stops the cmdlet when none or several match.</summary>
        protected string ResolveProject(string workspace, string nameOrId) =>
            Resolve("Project", nameOrId, name => ProjectApi.ListByName(workspace, name));

        /// <summary>The id of the task of <paramref name="projectId"/> named or identified by <paramref name="nameOrId"/>.</summary>
        protected string ResolveTask(string workspace, string projectId, string nameOrId) =>
            Resolve("Task", nameOrId, name => TaskApi.List(workspace, projectId, name, true, null));

        /// <summary>The id of the tag named or identified by <paramref name="nameOrId"/>.</summary>
        protected string ResolveTag(string workspace, string nameOrId) =>
            Resolve("Tag", nameOrId, name => TagApi.List(workspace, name, true, null));

        /// <summary>The id of the custom field named or identified by <paramref name="nameOrId"/>.</summary>
        protected string ResolveCustomField(string workspace, string nameOrId) =>
            Resolve("CustomField", nameOrId, _ => CustomFieldApi.List(workspace));

        /// <summary>The id of the expense category named or identified by <paramref name="nameOrId"/>.</summary>
        protected string ResolveExpenseCategory(string workspace, string nameOrId) =>
            Resolve("ExpenseCategory", nameOrId, name => ExpenseApi.ListCategories(workspace, name, null), ExpenseApi.ParseCategoryNames);

        private string Resolve(string kind, string nameOrId, Func<string, ClockifyRequest> listByName, Func<ClockifyResponse, System.Collections.Generic.IReadOnlyList<NamedItem>>? parse = null)
        {
            resolver ??= new ReferenceResolver(ApiClient, Log);
            try
            {
                return Await(resolver.ResolveAsync(kind, nameOrId, listByName, StopToken, parse));
            }
            catch (ClockifyReferenceException ex)
            {
                ThrowTerminatingError(ex.ToErrorRecord(Operation));
                throw;
            }
            catch (ClockifyApiException ex)
            {
                ThrowApiError(ex, nameOrId);
                throw;
            }
        }

        /// <summary>The amount in cents; stops with InvalidAmount before any request when it has more than two decimals or is negative.</summary>
        protected long Cents(decimal amount, string parameter)
        {
            try
            {
                return ClockifyPS.Engine.Cents.FromMajorUnits(amount, parameter);
            }
            catch (ArgumentOutOfRangeException ex)
            {
                ThrowInvalidArgument("InvalidAmount", "-" + parameter + ": " + ClockifyErrors.MessageOf(ex), amount);
                throw;
            }
        }
    }
}
