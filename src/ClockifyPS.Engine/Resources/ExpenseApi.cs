using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;

namespace ClockifyPS.Engine.Resources
{
    /// <summary>An expense category (ExpenseCategoryDtoV1). Its unit price is in cents.</summary>
    public sealed class ExpenseCategoryDto
    {
        /// <summary>The category id.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>The category name.</summary>
        public string Name { get; set; } = string.Empty;

        /// <summary>The workspace it belongs to.</summary>
        public string? WorkspaceId { get; set; }

        /// <summary>Whether the category is archived.</summary>
        public bool Archived { get; set; }

        /// <summary>Whether expenses in it are counted in units at <see cref="PriceInCents"/> each.</summary>
        public bool HasUnitPrice { get; set; }

        /// <summary>The price of one unit in cents.</summary>
        public long? PriceInCents { get; set; }

        /// <summary>The unit's name, e.g. km.</summary>
        public string? Unit { get; set; }
    }

    /// <summary>One page of categories: Clockify wraps the list (ExpenseCategoriesWithCountDtoV1).</summary>
    public sealed class ExpenseCategoryPageDto
    {
        /// <summary>The categories on this page.</summary>
        public List<ExpenseCategoryDto>? Categories { get; set; }
    }

    /// <summary>An id and name pair, as hydrated expenses carry their project and task.</summary>
    public sealed class ExpenseReferenceDto
    {
        /// <summary>The id.</summary>
        public string? Id { get; set; }

        /// <summary>The name.</summary>
        public string? Name { get; set; }
    }

    /// <summary>
    /// An expense as Clockify sends it: ExpenseDtoV1 (one expense, ids only) and ExpenseHydratedDtoV1 (in lists,
    /// with category, project and task objects) in one shape. <see cref="Total"/> is in cents.
    /// </summary>
    public sealed class ExpenseDto
    {
        /// <summary>The expense id.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>The workspace.</summary>
        public string? WorkspaceId { get; set; }

        /// <summary>Who spent it.</summary>
        public string? UserId { get; set; }

        /// <summary>The day, yyyy-MM-dd.</summary>
        public string? Date { get; set; }

        /// <summary>The category id (single expense).</summary>
        public string? CategoryId { get; set; }

        /// <summary>The category (lists).</summary>
        public ExpenseCategoryDto? Category { get; set; }

        /// <summary>The project id (single expense).</summary>
        public string? ProjectId { get; set; }

        /// <summary>The project (lists).</summary>
        public ExpenseReferenceDto? Project { get; set; }

        /// <summary>The task id (single expense).</summary>
        public string? TaskId { get; set; }

        /// <summary>The task (lists).</summary>
        public ExpenseReferenceDto? Task { get; set; }

        /// <summary>The amount in cents.</summary>
        public double Total { get; set; }

        /// <summary>Units, for a category with a unit price.</summary>
        public double Quantity { get; set; }

        /// <summary>Whether it is billable.</summary>
        public bool Billable { get; set; }

        /// <summary>Free text.</summary>
        public string? Notes { get; set; }

        /// <summary>The receipt file's id, if one was uploaded.</summary>
        public string? FileId { get; set; }

        /// <summary>The receipt file's name.</summary>
        public string? FileName { get; set; }

        /// <summary>Whether it is locked (approved or in a locked period).</summary>
        public bool Locked { get; set; }
    }

    /// <summary>The expenses list answer (ExpensesAndTotalsDtoV1): the page sits two levels down.</summary>
    public sealed class ExpensePageDto
    {
        /// <summary>The page and its count.</summary>
        public ExpenseListDto? Expenses { get; set; }
    }

    /// <summary>ExpensesWithCountDtoV1.</summary>
    public sealed class ExpenseListDto
    {
        /// <summary>The expenses on this page.</summary>
        public List<ExpenseDto>? Expenses { get; set; }
    }

    /// <summary>The fields of an expense to create or replace. <see cref="Amount"/> is in major units (the create form takes them so).</summary>
    public sealed class ExpenseFields
    {
        /// <summary>Who spent it.</summary>
        public string UserId { get; set; } = string.Empty;

        /// <summary>The day.</summary>
        public DateTime Date { get; set; }

        /// <summary>The category id.</summary>
        public string CategoryId { get; set; } = string.Empty;

        /// <summary>The project id.</summary>
        public string? ProjectId { get; set; }

        /// <summary>The task id.</summary>
        public string? TaskId { get; set; }

        /// <summary>The amount in major units (for a unit-priced category: the number of units).</summary>
        public decimal Amount { get; set; }

        /// <summary>Whether it is billable.</summary>
        public bool Billable { get; set; }

        /// <summary>Free text.</summary>
        public string? Notes { get; set; }
    }

    /// <summary>A receipt to upload: the file's bytes, read before the request so a retry can send them again.</summary>
    public sealed class ReceiptFile
    {
        /// <summary>Creates a receipt.</summary>
        public ReceiptFile(string fileName, byte[] content)
        {
            FileName = fileName ?? throw new ArgumentNullException(nameof(fileName));
            Content = content ?? throw new ArgumentNullException(nameof(content));
        }

        /// <summary>The name Clockify shows.</summary>
        public string FileName { get; }

        /// <summary>The bytes.</summary>
        public byte[] Content { get; }
    }

    /// <summary>Requests for <c>/workspaces/{ws}/expenses</c> and its categories.</summary>
    public static class ExpenseApi
    {
        /// <summary>Lists categories; <paramref name="archived"/> null asks for both.</summary>
        public static ClockifyRequest ListCategories(string workspaceId, string? name, bool? archived)
        {
            var request = new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "expenses", "categories"));
            if (!string.IsNullOrEmpty(name))
            {
                request.With("name", name!);
            }

            if (archived is bool flag)
            {
                request.With("archived", ApiPath.Flag(flag));
            }

            return request;
        }

        /// <summary>Reads one page of categories.</summary>
        public static IReadOnlyList<ExpenseCategoryDto> ParseCategories(ClockifyResponse response) =>
            response?.Deserialize<ExpenseCategoryPageDto>().Categories ?? new List<ExpenseCategoryDto>();

        /// <summary>Reads one page of categories as names and ids, for lookups by name.</summary>
        public static IReadOnlyList<NamedItem> ParseCategoryNames(ClockifyResponse response) =>
            ParseCategories(response).Select(c => new NamedItem { Id = c.Id, Name = c.Name }).ToList();

        /// <summary>Creates a category (or replaces one: <paramref name="id"/> given). The price is in cents.</summary>
        public static ClockifyRequest SaveCategory(string workspaceId, string? id, string name, long? priceInCents, string? unit)
        {
            var body = new { name, hasUnitPrice = priceInCents.HasValue, priceInCents, unit };
            return id is null
                ? new ClockifyRequest(HttpMethod.Post, ApiPath.Workspace(workspaceId, "expenses", "categories")) { JsonBody = ClockifyJson.Serialize(body) }
                : new ClockifyRequest(HttpMethod.Put, ApiPath.Workspace(workspaceId, "expenses", "categories", id)) { JsonBody = ClockifyJson.Serialize(body) };
        }

        /// <summary>Archives or restores a category.</summary>
        public static ClockifyRequest SetCategoryArchived(string workspaceId, string id, bool archived) =>
            new ClockifyRequest(ClockifyRequest.Patch, ApiPath.Workspace(workspaceId, "expenses", "categories", id, "status")) { JsonBody = ClockifyJson.Serialize(new { archived }) };

        /// <summary>Deletes a category (204, no body).</summary>
        public static ClockifyRequest DeleteCategory(string workspaceId, string id) =>
            new ClockifyRequest(HttpMethod.Delete, ApiPath.Workspace(workspaceId, "expenses", "categories", id));

        /// <summary>Lists expenses, of one user when <paramref name="userId"/> is given.</summary>
        public static ClockifyRequest List(string workspaceId, string? userId)
        {
            var request = new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "expenses"));
            return userId is null ? request : request.With("user-id", userId);
        }

        /// <summary>Reads one page of expenses.</summary>
        public static IReadOnlyList<ExpenseDto> ParseList(ClockifyResponse response) =>
            response?.Deserialize<ExpensePageDto>().Expenses?.Expenses ?? new List<ExpenseDto>();

        /// <summary>One expense.</summary>
        public static ClockifyRequest Get(string workspaceId, string id) => new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "expenses", id));

        /// <summary>Creates an expense: a multipart form, with the receipt as its file part when given.</summary>
        public static ClockifyRequest Create(string workspaceId, ExpenseFields fields, ReceiptFile? receipt) =>
            new ClockifyRequest(HttpMethod.Post, ApiPath.Workspace(workspaceId, "expenses")) { ContentFactory = () => Form(fields, receipt, null) };

        /// <summary>Replaces an expense; <paramref name="changeFields"/> names what changed (USER, DATE, AMOUNT, FILE...).</summary>
        public static ClockifyRequest Update(string workspaceId, string id, ExpenseFields fields, ReceiptFile? receipt, IReadOnlyList<string> changeFields) =>
            new ClockifyRequest(HttpMethod.Put, ApiPath.Workspace(workspaceId, "expenses", id)) { ContentFactory = () => Form(fields, receipt, changeFields) };

        /// <summary>Deletes an expense (200, no body).</summary>
        public static ClockifyRequest Delete(string workspaceId, string id) => new ClockifyRequest(HttpMethod.Delete, ApiPath.Workspace(workspaceId, "expenses", id));

        /// <summary>Downloads a receipt file.</summary>
        public static ClockifyRequest DownloadFile(string workspaceId, string expenseId, string fileId) =>
            new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "expenses", expenseId, "files", fileId));

        private static MultipartFormDataContent Form(ExpenseFields fields, ReceiptFile? receipt, IReadOnlyList<string>? changeFields)
        {
            var form = new MultipartFormDataContent();
            Add(form, "userId", fields.UserId);
            Add(form, "date", fields.Date.ToString("yyyy-MM-dd'T'00:00:00'Z'", CultureInfo.InvariantCulture));
            Add(form, "categoryId", fields.CategoryId);
            Add(form, "projectId", fields.ProjectId);
            Add(form, "taskId", fields.TaskId);
            Add(form, "amount", fields.Amount.ToString(CultureInfo.InvariantCulture));
            Add(form, "billable", ApiPath.Flag(fields.Billable));
            Add(form, "notes", fields.Notes);
            foreach (string field in changeFields ?? Array.Empty<string>())
            {
                Add(form, "changeFields", field);
            }

            if (receipt != null)
            {
                var file = new ByteArrayContent(receipt.Content);
                file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                form.Add(file, "file", receipt.FileName);
            }

            return form;
        }

        private static void Add(MultipartFormDataContent form, string name, string? value)
        {
            if (value != null)
            {
                form.Add(new StringContent(value), name);
            }
        }
    }
}
