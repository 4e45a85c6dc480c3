using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;

namespace ClockifyPS.Engine.Resources
{
    /// <summary>A member's profile in a workspace as Clockify sends it (MemberProfileDtoV1).</summary>
    public sealed class MemberProfileDto
    {
        /// <summary>The email address.</summary>
        public string? Email { get; set; }

        /// <summary>The display name.</summary>
        public string? Name { get; set; }

        /// <summary>The profile image's URL.</summary>
        public string? ImageUrl { get; set; }

        /// <summary>Whether the user has a password.</summary>
        public bool HasPassword { get; set; }

        /// <summary>Whether an approval request of the user is pending.</summary>
        public bool HasPendingApprovalRequest { get; set; }

        /// <summary>The first day of the week: MONDAY ... SUNDAY.</summary>
        public string? WeekStart { get; set; }

        /// <summary>The daily work capacity as an ISO-8601 duration (PT8H).</summary>
        public string? WorkCapacity { get; set; }

        /// <summary>
        /// The working days. The spec types this as one day-of-week string while its example and description give
        /// a list; Clockify sends a list.
        /// </summary>
        public List<string>? WorkingDays { get; set; }

        /// <summary>How many workspaces the user belongs to.</summary>
        public int WorkspaceNumber { get; set; }

        /// <summary>The user's custom field values.</summary>
        public List<MemberCustomFieldValueDto>? UserCustomFieldValues { get; set; }
    }

    /// <summary>A user custom field's value on a profile (UserCustomFieldValueFullDtoV1), the parts the module shows.</summary>
    public sealed class MemberCustomFieldValueDto
    {
        /// <summary>The custom field.</summary>
        public string? CustomFieldId { get; set; }

        /// <summary>The custom field's name.</summary>
        public string? Name { get; set; }

        /// <summary>TXT, NUMBER, DROPDOWN_SINGLE, DROPDOWN_MULTIPLE, CHECKBOX or LINK.</summary>
        public string? Type { get; set; }

        /// <summary>The value.</summary>
        public JsonElement? Value { get; set; }
    }

    /// <summary>What PATCH <c>/member-profile/{userId}</c> changes; null leaves a field as it is.</summary>
    public sealed class MemberProfileChange
    {
        /// <summary>The first day of the week.</summary>
        public string? WeekStart { get; set; }

        /// <summary>The daily work capacity as an ISO-8601 duration.</summary>
        public string? WorkCapacity { get; set; }

        /// <summary>The working days.</summary>
        public IReadOnlyList<string>? WorkingDays { get; set; }

        /// <summary>A new profile image (Clockify takes it for limited users only).</summary>
        public string? ImageUrl { get; set; }

        /// <summary>Removes the profile image (limited users only); null leaves it.</summary>
        public bool? RemoveProfileImage { get; set; }

        /// <summary>Whether anything is to change.</summary>
        public bool IsEmpty => WeekStart is null && WorkCapacity is null && WorkingDays is null && ImageUrl is null && RemoveProfileImage is null;
    }

    /// <summary>Requests for <c>/workspaces/{workspaceId}/member-profile/{userId}</c>.</summary>
    public static class MemberProfileApi
    {
        /// <summary>A member's profile.</summary>
        public static ClockifyRequest Get(string workspaceId, string userId) =>
            new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "member-profile", userId));

        /// <summary>Changes the fields of <paramref name="change"/> that are set.</summary>
        public static ClockifyRequest Update(string workspaceId, string userId, MemberProfileChange change) =>
            new ClockifyRequest(ClockifyRequest.Patch, ApiPath.Workspace(workspaceId, "member-profile", userId))
            {
                JsonBody = ClockifyJson.Serialize(new
                {
                    change.WeekStart,
                    change.WorkCapacity,
                    change.WorkingDays,
                    change.ImageUrl,
                    change.RemoveProfileImage,
                }),
            };
    }
}
