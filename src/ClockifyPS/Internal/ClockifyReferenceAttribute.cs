using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace ClockifyPS.Internal
{
    /// <summary>
    /// Lets a -Project/-Client/-Tag style parameter take a piped or passed object as well as a name or id: an
    /// object with an Id property becomes that id; text passes through to be resolved as a name or id.
    /// </summary>
    public sealed class ClockifyReferenceAttribute : ArgumentTransformationAttribute
    {
        /// <inheritdoc />
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            if (value is string || value is null)
            {
                return value;
            }

            if (value is IEnumerable sequence && !(value is IDictionary))
            {
                List<object?> items = sequence.Cast<object?>().Select(item => Transform(engineIntrinsics, item)).ToList();
                return items.ToArray();
            }

            PSPropertyInfo? id = PSObject.AsPSObject(value).Properties["Id"];
            return id?.Value is string text ? text : inputData;
        }
    }
}
