using System.Globalization;

namespace ClockifyPS.Engine
{
    /// <summary>Stable names for HTTP statuses; netstandard2.0's HttpStatusCode lacks some (429) that Clockify uses.</summary>
    public static class HttpStatusNames
    {
        /// <summary>The name of <paramref name="status"/>, e.g. 404 => NotFound, 429 => TooManyRequests.</summary>
        public static string Name(int status) => status switch
        {
            400 => "BadRequest",
            401 => "Unauthorized",
            402 => "PaymentRequired",
            403 => "Forbidden",
            404 => "NotFound",
            405 => "MethodNotAllowed",
            409 => "Conflict",
            410 => "Gone",
            413 => "PayloadTooLarge",
            415 => "UnsupportedMediaType",
            422 => "UnprocessableEntity",
            423 => "Locked",
            429 => "TooManyRequests",
            500 => "InternalServerError",
            501 => "NotImplemented",
            502 => "BadGateway",
            503 => "ServiceUnavailable",
            504 => "GatewayTimeout",
            _ => "Status" + status.ToString(CultureInfo.InvariantCulture),
        };
    }
}
