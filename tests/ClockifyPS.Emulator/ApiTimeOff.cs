using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace ClockifyPS.Emulator;

/// <summary>Approvals, time off and holidays on the main API; handlers run under the workspace lock.</summary>
internal static partial class ApiTimeOff
{
    private const string W = "/api/v1/workspaces/{workspaceId}";

    internal static List<Route> Routes() => new()
    {
        Api.R("GET", W + "/approval-requests", Api.L(ListApprovals)),
        Api.R("POST", W + "/approval-requests/resubmit-entries-for-approval", Api.L(r => Submit(r, r.Caller, Req.Str(r.RequireBody(), "type"), resubmit: true))),
        Api.R("POST", W + "/approval-requests/users/{userId}/resubmit-entries-for-approval", Api.L(r => Submit(r, Member(r, r.Value("userId")), Req.Str(r.RequireBody(), "type"), resubmit: true))),
        Api.R("POST", W + "/approval-requests/users/{userId}/{type}", Api.L(r => Submit(r, Member(r, r.Value("userId")), r.Value("type"), resubmit: false))),
        Api.R("POST", W + "/approval-requests/{type}", Api.L(r => Submit(r, r.Caller, r.Value("type"), resubmit: false))),
        Api.R("PATCH", W + "/approval-requests/{approvalRequestId}", Api.L(SetApprovalState)),

        Api.R("GET", W + "/time-off/policies", Api.L(ListPolicies)),
        Api.R("POST", W + "/time-off/policies", Api.L(CreatePolicy)),
        Api.R("GET", W + "/time-off/policies/{id}", Api.L(r => Policy(r.Json, r, FindPolicy(r, r.Value("id"))))),
        Api.R("PUT", W + "/time-off/policies/{id}", Api.L(UpdatePolicy)),
        Api.R("PATCH", W + "/time-off/policies/{id}", Api.L(SetPolicyStatus)),
        Api.R("DELETE", W + "/time-off/policies/{id}", Api.L(DeletePolicy)),
        Api.R("POST", W + "/time-off/policies/{policyId}/requests", Api.L(r => CreateRequest(r, r.Caller))),
        Api.R("POST", W + "/time-off/policies/{policyId}/users/{userId}/requests", Api.L(r => CreateRequest(r, Member(r, r.Value("userId"))))),
        Api.R("PATCH", W + "/time-off/policies/{policyId}/requests/{requestId}", Api.L(SetRequestStatus)),
        Api.R("DELETE", W + "/time-off/policies/{policyId}/requests/{requestId}", Api.L(DeleteRequest)),
        Api.R("POST", W + "/time-off/requests", Api.L(SearchRequests)),
        Api.R("GET", W + "/time-off/balance/user/{userId}", Api.L(r => Balances(r, b => b.User == Member(r, r.Value("userId")).Index))),
        Api.R("GET", W + "/time-off/balance/policy/{policyId}", Api.L(BalancesForPolicy)),
        Api.R("PATCH", W + "/time-off/balance/policy/{policyId}", Api.L(AdjustBalances)),

        Api.R("GET", W + "/holidays", Api.L(ListHolidays)),
        Api.R("GET", W + "/holidays/in-period", Api.L(HolidaysInPeriod)),
        Api.R("POST", W + "/holidays", Api.L(CreateHoliday)),
        Api.R("PUT", W + "/holidays/{holidayId}", Api.L(UpdateHoliday)),
        Api.R("DELETE", W + "/holidays/{holidayId}", Api.L(DeleteHoliday)),
    };

    private static void RequireAdmin(Req r)
    {
        if (!r.W.IsAdmin(r.Caller.Index))
        {
            throw ApiException.Forbidden();
        }
    }

    /// <summary>A workspace member named by id; acting for someone else needs an admin.</summary>
    private static User Member(Req r, string userId)
    {
        var user = r.Region.FindUser(userId);
        if (user is null || !r.W.Members.ContainsKey(user.Index))
        {
            throw ApiException.BadRequest($"User with id {userId} is not a member of this workspace");
        }
        if (user.Index != r.Caller.Index)
        {
            RequireAdmin(r);
        }
        return user;
    }

    private static TimeZoneInfo ZoneOf(User user) => TimeUtil.FindZone(user.TimeZone) ?? TimeZoneInfo.Utc;

    /// <summary>A yyyy-MM-dd date (a longer ISO text is cut to its date), else 400 naming the field.</summary>
    private static DateTime Day(string? text, string field)
    {
        if (text is { Length: >= 10 } && DateTime.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }
        throw ApiException.BadRequest($"{field} must be a date in yyyy-MM-dd format");
    }

    private static void Date(Utf8JsonWriter w, string name, DateTime day) => w.WriteString(name, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>The ids of a {ids, contains, status} filter object (users, userGroups), or <paramref name="current"/> when it is absent.</summary>
    private static List<string> FilterIds(JsonElement body, string name, List<string> current) =>
        Req.Obj(body, name) is { } filter ? Req.StrList(filter, "ids") ?? new List<string>() : current;

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }
        w.WriteEndArray();
    }
}
