using System;
using System.Net.Http;
using System.Runtime.InteropServices;
using System.Security;

namespace ClockifyPS.Engine
{
    /// <summary>How a request authenticates: a personal API key or an add-on token.</summary>
    public enum ClockifyCredentialKind
    {
        /// <summary>A personal API key, sent as X-Api-Key.</summary>
        ApiKey,

        /// <summary>An add-on token, sent as X-Addon-Token.</summary>
        AddonToken,
    }

    /// <summary>
    /// The secret a connection authenticates with. It is held as a read-only <see cref="SecureString"/>, is
    /// decoded only to set the header of an outgoing request, and prints as a mask everywhere else.
    /// </summary>
    public sealed class ClockifyCredential : IDisposable
    {
        private readonly SecureString secret;

        /// <summary>Wraps a copy of <paramref name="secret"/>; the caller keeps ownership of its own instance.</summary>
        public ClockifyCredential(ClockifyCredentialKind kind, SecureString secret)
        {
            if (secret is null)
            {
                throw new ArgumentNullException(nameof(secret));
            }

            if (secret.Length == 0)
            {
                throw new ArgumentException("The Clockify key is empty.", nameof(secret));
            }

            Kind = kind;
            this.secret = secret.Copy();
            this.secret.MakeReadOnly();
        }

        /// <summary>Which header the secret travels in.</summary>
        public ClockifyCredentialKind Kind { get; }

        /// <summary>The header name Clockify expects for this kind of secret.</summary>
        public string HeaderName => Kind == ClockifyCredentialKind.ApiKey ? "X-Api-Key" : "X-Addon-Token";

        /// <summary>Builds a credential from plain text (environment variables arrive this way) without keeping the string.</summary>
        public static ClockifyCredential FromPlainText(ClockifyCredentialKind kind, string value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException("The Clockify key is empty.", nameof(value));
            }

            using var secure = new SecureString();
            foreach (char c in value.Trim())
            {
                secure.AppendChar(c);
            }

            return new ClockifyCredential(kind, secure);
        }

        /// <summary>Sets exactly one auth header on <paramref name="request"/>, removing any other Clockify auth header.</summary>
        public void Apply(HttpRequestMessage request)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            request.Headers.Remove("X-Api-Key");
            request.Headers.Remove("X-Addon-Token");
            request.Headers.TryAddWithoutValidation(HeaderName, Reveal());
        }

        /// <summary>A copy of the secret for another connection (same key, another region's hosts).</summary>
        public ClockifyCredential Clone() => new ClockifyCredential(Kind, secret);

        /// <inheritdoc />
        public override string ToString() => Kind + " (hidden)";

        /// <inheritdoc />
        public void Dispose() => secret.Dispose();

        private string Reveal()
        {
            IntPtr pointer = IntPtr.Zero;
            try
            {
                pointer = Marshal.SecureStringToGlobalAllocUnicode(secret);
                return Marshal.PtrToStringUni(pointer) ?? string.Empty;
            }
            finally
            {
                if (pointer != IntPtr.Zero)
                {
                    Marshal.ZeroFreeGlobalAllocUnicode(pointer);
                }
            }
        }
    }
}
