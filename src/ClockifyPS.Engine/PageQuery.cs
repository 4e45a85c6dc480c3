namespace ClockifyPS.Engine
{
    /// <summary>
    /// How a paged list names its page and page size in the query, and what its first page is called: most
    /// lists page from 1 with <c>page</c>/<c>page-size</c>; webhook logs page from 0 with <c>page</c>/<c>size</c>.
    /// </summary>
    public sealed class PageQuery
    {
        /// <summary>Describes a paging style.</summary>
        public PageQuery(string pageName, string sizeName, int firstPage)
        {
            PageName = pageName;
            SizeName = sizeName;
            FirstPage = firstPage;
        }

        /// <summary>Clockify's usual style: <c>page</c> from 1 and <c>page-size</c>.</summary>
        public static PageQuery Standard { get; } = new PageQuery("page", "page-size", 1);

        /// <summary>The query parameter that carries the page number.</summary>
        public string PageName { get; }

        /// <summary>The query parameter that carries the page size.</summary>
        public string SizeName { get; }

        /// <summary>The number the API gives its first page (0 or 1).</summary>
        public int FirstPage { get; }
    }
}
