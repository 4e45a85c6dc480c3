using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace ClockifyPS.Engine
{
    /// <summary>Establishes who a key belongs to and, when asked, which region accepts it.</summary>
    public static class ClockifyConnector
    {
        /// <summary>The key's user (<c>GET /user</c>): id, email, workspaces and profile time zone.</summary>
        public static Task<ClockifyIdentity> GetIdentityAsync(ClockifyApiClient client, Action<string>? log, CancellationToken cancellationToken) =>
            client.SendAsync<ClockifyIdentity>(new ClockifyRequest(HttpMethod.Get, "/user"), log, cancellationToken);

        /// <summary>The workspaces the key's user belongs to.</summary>
        public static async Task<IReadOnlyList<ClockifyWorkspaceSummary>> GetWorkspacesAsync(ClockifyApiClient client, Action<string>? log, CancellationToken cancellationToken) =>
            await client.SendAsync<List<ClockifyWorkspaceSummary>>(new ClockifyRequest(HttpMethod.Get, "/workspaces"), log, cancellationToken).ConfigureAwait(false);

        /// <summary>
        /// Asks every candidate's hosts at once who the key belongs to and keeps the first, in candidate order,
        /// that accepts it. A key works only in its own region, so at most one should.
        /// </summary>
        /// <exception cref="ClockifyApiException">No candidate accepted the key; the message lists what each answered.</exception>
        public static async Task<(ClockifyApiClient Client, ClockifyIdentity Identity)> DiscoverAsync(
            IReadOnlyList<RegionEndpoints> candidates, ClockifyCredential credential, ClockifyClientOptions options, ClockifyHttp? http, Action<string>? log, CancellationToken cancellationToken)
        {
            if (candidates is null || candidates.Count == 0)
            {
                throw new ArgumentException("Region discovery needs at least one region to ask.", nameof(candidates));
            }

            using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var clients = candidates.Select(endpoints => new ClockifyApiClient(endpoints, credential.Clone(), options, http)).ToList();
            var attempts = clients.Select(client => AskAsync(client, log, done.Token)).ToList();
            var pending = new List<Task<ClockifyIdentity>>(attempts);
            ClockifyApiClient? winner = null;
            ClockifyIdentity? identity = null;
            while (pending.Count > 0 && winner is null)
            {
                Task<ClockifyIdentity> finished = await Task.WhenAny(pending).ConfigureAwait(false);
                pending.Remove(finished);
                if (finished.Status == TaskStatus.RanToCompletion)
                {
                    winner = clients[attempts.IndexOf(finished)];
                    identity = finished.Result;
                }
            }

            done.Cancel();
            await Task.WhenAll(attempts.Select(a => a.ContinueWith(_ => { }, TaskScheduler.Default))).ConfigureAwait(false);
            foreach (ClockifyApiClient client in clients.Where(c => !ReferenceEquals(c, winner)))
            {
                client.Dispose();
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (winner != null && identity != null)
            {
                return (winner, identity);
            }

            var answers = candidates.Select((endpoints, i) => Describe(endpoints, attempts[i]));
            ClockifyApiException? first = attempts.Select(a => a.Exception?.InnerException).OfType<ClockifyApiException>().FirstOrDefault();
            throw new ClockifyApiException(
                first?.Failure ?? ClockifyFailure.HttpStatus,
                "GET",
                candidates[0].Resolve(ClockifyApi.Main, "/user"),
                attempts.All(a => (a.Exception?.InnerException as ClockifyApiException)?.StatusCode == 401) ? 401 : first?.StatusCode,
                first?.ClockifyCode,
                first?.ClockifyMessage,
                "No Clockify region accepted the key. " + string.Join("; ", answers) + ".");
        }

        private static async Task<ClockifyIdentity> AskAsync(ClockifyApiClient client, Action<string>? log, CancellationToken cancellationToken) =>
            await GetIdentityAsync(client, log, cancellationToken).ConfigureAwait(false);

        private static string Describe(RegionEndpoints endpoints, Task attempt)
        {
            string name = endpoints.Region?.ToString() ?? endpoints.ApiBaseUri.Host;
            string outcome = attempt.Exception?.InnerException switch
            {
                ClockifyApiException api when api.StatusCode is int status => string.Format(CultureInfo.InvariantCulture, "{0} {1}", status, api.ClockifyMessage ?? HttpStatusNames.Name(status)),
                ClockifyApiException api => api.Failure.ToString(),
                null => "no answer",
                Exception other => other.GetType().Name,
            };
            return string.Format(CultureInfo.InvariantCulture, "{0} ({1}): {2}", name, endpoints.ApiBaseUri.Host + ":" + endpoints.ApiBaseUri.Port.ToString(CultureInfo.InvariantCulture), outcome);
        }
    }
}
