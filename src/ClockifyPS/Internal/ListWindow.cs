using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace ClockifyPS.Internal
{
    /// <summary>-First and -Skip for lists that arrive whole (unpaged endpoints, lists filtered by id here).</summary>
    internal static class ListWindow
    {
        /// <summary>The part of <paramref name="items"/> that -Skip and -First select.</summary>
        public static IEnumerable<T> Apply<T>(PagingParameters? paging, IEnumerable<T> items)
        {
            if (paging is null)
            {
                return items;
            }

            IEnumerable<T> window = items;
            if (paging.Skip > 0)
            {
                window = window.Skip((int)System.Math.Min(paging.Skip, int.MaxValue));
            }

            if (paging.First < ulong.MaxValue)
            {
                window = window.Take((int)System.Math.Min(paging.First, int.MaxValue));
            }

            return window;
        }
    }
}
