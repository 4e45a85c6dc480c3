using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace ClockifyPS.Emulator;

/// <summary>
/// Custom fields (/custom-fields and /projects/{projectId}/custom-fields): lists return every field with no
/// Last-Page header, the workspace DELETE answers 204 with no body, the project routes answer with the field.
/// </summary>
internal static class ApiCustomFields
{
    private const string W = "/api/v1/workspaces/{workspaceId}";
    private static readonly string[] Types = { "TXT", "NUMBER", "DROPDOWN_SINGLE", "DROPDOWN_MULTIPLE", "CHECKBOX", "LINK" };
    private static readonly string[] Statuses = { "INACTIVE", "VISIBLE", "INVISIBLE" };

    internal static List<Route> Routes() => new()
    {
        Api.R("GET", W + "/custom-fields", Api.L(List)),
        Api.R("POST", W + "/custom-fields", Api.L(Create)),
        Api.R("PUT", W + "/custom-fields/{customFieldId}", Api.L(Update)),
        Api.R("DELETE", W + "/custom-fields/{customFieldId}", Api.L(Delete)),
        Api.R("GET", W + "/projects/{projectId}/custom-fields", Api.L(ListOfProject)),
        Api.R("PATCH", W + "/projects/{projectId}/custom-fields/{customFieldId}", Api.L(SetProjectDefault)),
        Api.R("DELETE", W + "/projects/{projectId}/custom-fields/{customFieldId}", Api.L(RemoveProjectDefault)),
    };

    /// <summary>Seeds a dropdown and a number field next to the TXT field the catalog seed adds.</summary>
    internal static void Seed(RegionStore region, Workspace ws)
    {
        ws.CustomFields.Add(new CustomField
        {
            Id = Ids.Make(Kind.CustomField, region.Index, ws.Index, ws.CustomFields.Count),
            Name = "Location",
            Type = "DROPDOWN_SINGLE",
            AllowedValues = new() { "Office", "Home", "Client site" },
            WorkspaceDefault = JsonSerializer.SerializeToElement("Office"),
        });
        ws.CustomFields.Add(new CustomField { Id = Ids.Make(Kind.CustomField, region.Index, ws.Index, ws.CustomFields.Count), Name = "Mileage", Type = "NUMBER", Status = "INACTIVE" });
    }

    private static void List(Req r)
    {
        var name = r.Q("name");
        Write(r, r.W.CustomFields.Where(f => Api.NameMatches(f.Name, name, false)), f => f.Status);
    }

    private static void ListOfProject(Req r)
    {
        var project = Api.FindProject(r).Id;
        // A project's status for a field is its override, else the field's own.
        Write(r, r.W.CustomFields.Where(f => f.EntityType == "TIMEENTRY"), f => f.ProjectDefaults.TryGetValue(project, out var d) ? d.Status : f.Status);
    }

    private static void Write(Req r, IEnumerable<CustomField> fields, Func<CustomField, string> statusOf)
    {
        var status = r.Q("status");
        var entityType = r.Q("entity-type");
        var w = r.Json;
        w.WriteStartArray();
        foreach (var f in fields.Where(f => !f.Deleted
            && (status is null || string.Equals(statusOf(f), status, StringComparison.OrdinalIgnoreCase))
            && (entityType is null || string.Equals(f.EntityType, entityType, StringComparison.OrdinalIgnoreCase))))
        {
            Dto(w, r.W, f);
        }
        w.WriteEndArray();
    }

    private static void Create(Req r)
    {
        var b = r.RequireBody();
        var f = new CustomField
        {
            Id = Api.NewId(r, Kind.CustomField, r.W.CustomFields.Count),
            Name = UniqueName(r, Req.Str(b, "name"), null),
            EntityType = OneOf(Req.Str(b, "entityType") ?? "TIMEENTRY", new[] { "TIMEENTRY", "USER" }, "entityType"),
        };
        Apply(f, b);
        r.W.CustomFields.Add(f);
        Api.Created(r, "customField");
        Dto(r.Json, r.W, f);
    }

    private static void Update(Req r)
    {
        var f = Find(r);
        var b = r.RequireBody();
        f.Name = UniqueName(r, Req.Str(b, "name"), f);
        Apply(f, b);
        Dto(r.Json, r.W, f);
    }

    private static void Delete(Req r)
    {
        Find(r).Deleted = true;
        r.Counters.OnDeleted("customField");
        r.Status = 204;
    }

    private static void SetProjectDefault(Req r)
    {
        var project = Api.FindProject(r).Id;
        var f = Find(r);
        var b = r.RequireBody();
        var current = f.ProjectDefaults.TryGetValue(project, out var d) ? d : (Value: f.WorkspaceDefault, Status: f.Status);
        var value = b.TryGetProperty("defaultValue", out var v) && v.ValueKind != JsonValueKind.Null ? CheckValue(f, v.Clone()) : current.Value;
        var status = Req.Str(b, "status") is { } s ? OneOf(s, Statuses, "status") : current.Status;
        f.ProjectDefaults[project] = (value, status);
        Dto(r.Json, r.W, f);
    }

    private static void RemoveProjectDefault(Req r)
    {
        var project = Api.FindProject(r).Id;
        var f = Find(r);
        f.ProjectDefaults.Remove(project);
        Dto(r.Json, r.W, f);
    }

    private static CustomField Find(Req r) => Api.Find(r.W.CustomFields, r, r.Value("customFieldId"), Kind.CustomField, f => f.Deleted, "Custom field");

    private static string UniqueName(Req r, string? name, CustomField? self)
    {
        var n = Api.ValidName(name, 2, 250, "Custom field");
        if (r.W.CustomFields.Any(x => x != self && !x.Deleted && x.Name.Equals(n, StringComparison.OrdinalIgnoreCase)))
        {
            throw ApiException.BadRequest($"Custom field with name '{n}' already exists");
        }
        return n;
    }

    private static string OneOf(string value, string[] allowed, string field) =>
        allowed.FirstOrDefault(a => a.Equals(value, StringComparison.Ordinal))
        ?? throw new ApiException(400, 3002, $"JSON parse error: Cannot deserialize value of type `{field}` from String \"{value}\": not one of the values accepted for Enum class: [{string.Join(", ", allowed)}]");

    /// <summary>What a create or update body sets (both need name and type; the rest keeps its value when left out).</summary>
    private static void Apply(CustomField f, JsonElement b)
    {
        f.Type = OneOf(Req.Str(b, "type") ?? throw new ApiException(400, 3001, "Field 'type' is required"), Types, "type");
        f.Description = Req.Has(b, "description") ? Req.Str(b, "description") : f.Description;
        f.Placeholder = Req.Has(b, "placeholder") ? Req.Str(b, "placeholder") : f.Placeholder;
        f.Required = Req.Bool(b, "required") ?? f.Required;
        f.OnlyAdminCanEdit = Req.Bool(b, "onlyAdminCanEdit") ?? f.OnlyAdminCanEdit;
        f.Status = Req.Str(b, "status") is { } s ? OneOf(s, Statuses, "status") : f.Status;
        f.AllowedValues = Req.StrList(b, "allowedValues") ?? f.AllowedValues;
        if (f.Type.StartsWith("DROPDOWN", StringComparison.Ordinal) && f.AllowedValues.Count == 0)
        {
            throw ApiException.BadRequest("Allowed values are required for dropdown custom fields");
        }
        if (b.TryGetProperty("workspaceDefaultValue", out var v) && v.ValueKind != JsonValueKind.Null)
        {
            f.WorkspaceDefault = CheckValue(f, v.Clone());
        }
    }

    /// <summary>The value rules of the OpenAPI document: NUMBER a number, DROPDOWN_MULTIPLE a list, CHECKBOX a boolean, otherwise a string.</summary>
    private static JsonElement CheckValue(CustomField f, JsonElement v)
    {
        var ok = f.Type switch
        {
            "NUMBER" => v.ValueKind == JsonValueKind.Number,
            "CHECKBOX" => v.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "DROPDOWN_MULTIPLE" => v.ValueKind == JsonValueKind.Array && v.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String && f.AllowedValues.Contains(i.GetString()!)),
            "DROPDOWN_SINGLE" => v.ValueKind == JsonValueKind.String && f.AllowedValues.Contains(v.GetString()!),
            _ => v.ValueKind == JsonValueKind.String,
        };
        return ok ? v : throw ApiException.BadRequest($"Value is not valid for custom field of type {f.Type}");
    }

    private static void Dto(Utf8JsonWriter w, Workspace ws, CustomField f)
    {
        w.WriteStartObject();
        w.WriteString("id", f.Id);
        w.WriteString("name", f.Name);
        w.WriteString("type", f.Type);
        w.WriteString("workspaceId", ws.Id);
        w.WriteString("entityType", f.EntityType);
        w.WriteString("status", f.Status);
        w.WriteBoolean("required", f.Required);
        w.WriteBoolean("onlyAdminCanEdit", f.OnlyAdminCanEdit);
        w.WriteString("description", f.Description);
        w.WriteString("placeholder", f.Placeholder);
        WriteValue(w, "workspaceDefaultValue", f.WorkspaceDefault);
        w.WriteStartArray("allowedValues");
        f.AllowedValues.ForEach(w.WriteStringValue);
        w.WriteEndArray();
        w.WriteStartArray("projectDefaultValues");
        foreach (var (project, d) in f.ProjectDefaults)
        {
            w.WriteStartObject();
            w.WriteString("projectId", project);
            w.WriteString("status", d.Status);
            WriteValue(w, "value", d.Value);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter w, string name, JsonElement? value)
    {
        w.WritePropertyName(name);
        if (value is { } v)
        {
            v.WriteTo(w);
        }
        else
        {
            w.WriteNullValue();
        }
    }
}
