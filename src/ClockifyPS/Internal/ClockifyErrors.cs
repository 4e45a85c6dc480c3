using System;
using System.Globalization;
using System.Management.Automation;
using ClockifyPS.Engine;

namespace ClockifyPS.Internal
{
    /// <summary>
    /// Turns failures into ErrorRecords with stable ids, <c>Clockify.&lt;Operation&gt;.&lt;Status&gt;</c>, so scripts can
    /// branch on <c>$_.FullyQualifiedErrorId</c> without parsing messages.
    /// </summary>
    internal static class ClockifyErrors
    {
        public static ErrorRecord FromApi(ClockifyApiException exception, string operation, object? target)
        {
            var record = new ErrorRecord(exception, "Clockify." + operation + "." + exception.StatusName, Category(exception), target);
            string? action = RecommendedAction(exception);
            if (action != null)
            {
                record.ErrorDetails = new ErrorDetails(exception.Message) { RecommendedAction = action };
            }

            return record;
        }

        public static ErrorRecord InvalidArgument(string operation, string reason, string message, object? target) =>
            new ErrorRecord(new ArgumentException(message), "Clockify." + operation + "." + reason, ErrorCategory.InvalidArgument, target);

        /// <summary>An argument exception's message without the " (Parameter 'x')" suffix .NET adds: users never see C# names.</summary>
        public static string MessageOf(ArgumentException exception) =>
            exception.ParamName is null ? exception.Message : exception.Message.Replace(" (Parameter '" + exception.ParamName + "')", string.Empty).Replace(Environment.NewLine + "Parameter name: " + exception.ParamName, string.Empty);

        public static ErrorRecord ConnectionClosed(string operation, object connection) =>
            new ErrorRecord(
                new InvalidOperationException("This Clockify connection was closed by Disconnect-Clockify and its key wiped. Connect again with Connect-Clockify."),
                "Clockify." + operation + ".ConnectionClosed",
                ErrorCategory.ConnectionError,
                connection);

        public static ErrorRecord NotConnected(string operation) =>
            new ErrorRecord(
                new InvalidOperationException("Not connected to Clockify. Run Connect-Clockify first (it reads CLOCKIFY_API_KEY when no key is given), or pass -Connection."),
                "Clockify." + operation + ".NotConnected",
                ErrorCategory.ConnectionError,
                null);

        public static ErrorCategory Category(ClockifyApiException exception)
        {
            switch (exception.Failure)
            {
                case ClockifyFailure.Timeout:
                    return ErrorCategory.OperationTimeout;
                case ClockifyFailure.Connection:
                    return ErrorCategory.ConnectionError;
                case ClockifyFailure.InvalidResponse:
                    return ErrorCategory.InvalidResult;
            }

            int status = exception.StatusCode ?? 0;
            if (status == 400 || status == 422)
            {
                return ErrorCategory.InvalidArgument;
            }

            if (status == 401)
            {
                return ErrorCategory.AuthenticationError;
            }

            if (status == 403)
            {
                return ErrorCategory.PermissionDenied;
            }

            if (status == 404)
            {
                return ErrorCategory.ObjectNotFound;
            }

            if (status == 409)
            {
                return ErrorCategory.ResourceExists;
            }

            if (status == 429)
            {
                return ErrorCategory.LimitsExceeded;
            }

            return status >= 500 ? ErrorCategory.ResourceUnavailable : ErrorCategory.NotSpecified;
        }

        private static string? RecommendedAction(ClockifyApiException exception)
        {
            switch (exception.StatusCode)
            {
                case 401:
                    return "A key works only in its own region, and moving a workspace to another region replaces its keys. "
                        + "Reconnect with Connect-Clockify -Region Auto to find the key's region, or create a new key in Clockify (Profile settings > API) and connect with it.";
                case 403 when exception.ClockifyMessage?.IndexOf("locked", StringComparison.OrdinalIgnoreCase) >= 0:
                    return "The workspace is locked while Clockify moves it to another region (up to 12 hours). Try again later; the move issues new keys, so reconnect with Connect-Clockify and the new key.";
                case 403:
                    return "The key's user has no access to this workspace or action (other users' data needs an admin key; some features need a paid plan).";
                case 429:
                    return string.Format(CultureInfo.InvariantCulture, "Clockify's rate limit held after every retry. Lower the pace with Connect-Clockify -RateLimit (e.g. -RateLimit 30 -RateLimitPeriod 01:00:00 on a free workspace) or try later.");
                default:
                    return exception.Failure == ClockifyFailure.Connection || exception.Failure == ClockifyFailure.Timeout
                        ? "Check the network and the base URIs (Get-ClockifyConnection), then run the command again."
                        : null;
            }
        }
    }
}
