using System;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.MemberProfile
{
    /// <summary>
    /// <para type="synopsis">Changes a member's profile in a workspace: week start, daily work capacity, working days or image.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ClockifyMemberProfile", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyMemberProfile))]
    public sealed class SetClockifyMemberProfileCommand : ClockifyUserCmdlet
    {
        /// <summary><para type="description">The first day of the member's week.</para></summary>
        [Parameter]
        public DayOfWeek? WeekStart { get; set; }

        /// <summary><para type="description">The member's daily work capacity, e.g. 7:30 or (New-TimeSpan -Hours 8); from 0 to 24 hours, whole minutes.</para></summary>
        [Parameter]
        public TimeSpan? WorkCapacity { get; set; }

        /// <summary><para type="description">The member's working days, e.g. Monday,Tuesday,Wednesday,Thursday.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public DayOfWeek[]? WorkingDays { get; set; }

        /// <summary><para type="description">A new profile image URL (Clockify takes it for limited users only).</para></summary>
        [Parameter]
        [ValidateNotNull]
        public Uri? ImageUrl { get; set; }

        /// <summary><para type="description">Removes the profile image (limited users only).</para></summary>
        [Parameter]
        public SwitchParameter RemoveProfileImage { get; set; }

        /// <summary><para type="description">Writes the profile as Clockify returns it after the change.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            if (WorkCapacity is TimeSpan capacity && (capacity < TimeSpan.Zero || capacity > TimeSpan.FromHours(24) || capacity.Ticks % TimeSpan.TicksPerMinute != 0))
            {
                ThrowInvalidArgument("InvalidWorkCapacity", "-WorkCapacity must be whole minutes from 0 to 24 hours; '" + capacity + "' is not.", capacity);
            }

            if (ImageUrl != null && (!ImageUrl.IsAbsoluteUri || ImageUrl.Scheme != Uri.UriSchemeHttps))
            {
                ThrowInvalidArgument("InvalidImageUrl", "-ImageUrl must be an absolute https URL; '" + ImageUrl + "' is not.", ImageUrl);
            }

            var change = new MemberProfileChange
            {
                WeekStart = WeekStart?.ToString().ToUpperInvariant(),
                WorkCapacity = WorkCapacity is TimeSpan c ? IsoDuration.Format(c) : null,
                WorkingDays = WorkingDays?.Distinct().Select(d => d.ToString().ToUpperInvariant()).ToArray(),
                ImageUrl = ImageUrl?.AbsoluteUri,
                RemoveProfileImage = RemoveProfileImage ? true : (bool?)null,
            };
            if (change.IsEmpty)
            {
                ThrowInvalidArgument("NothingToChange", "Give at least one of -WeekStart, -WorkCapacity, -WorkingDays, -ImageUrl or -RemoveProfileImage.", User);
            }

            CheckUser();
            string? userId = ResolveUser(workspace);
            if (userId != null && ShouldProcess(Describe(userId), "Update member profile")
                && TrySend(MemberProfileApi.Update(workspace, userId, change), userId, out MemberProfileDto profile) && PassThru)
            {
                WriteObject(new ClockifyMemberProfile(profile, userId, workspace));
            }
        }
    }
}
