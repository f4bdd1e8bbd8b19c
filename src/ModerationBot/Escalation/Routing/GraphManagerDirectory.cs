using System.Collections.Concurrent;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Authentication.Azure;
using ModerationBot.Escalation.Routing.Options;

namespace ModerationBot.Escalation.Routing;

/// <summary>
/// The reporter's manager from Microsoft Graph (<c>GET /users/{id}/manager</c>). Every failure becomes a status so
/// routing moves on to the fallback channel; the log says why, never for whom.
/// </summary>
internal sealed class GraphManagerDirectory(
    GraphManagerOptions options,
    GraphCredentials credentials,
    IHttpClientFactory httpClients,
    TimeProvider timeProvider,
    ILogger<GraphManagerDirectory> logger) : IManagerDirectory
{
    /// <summary>The HttpClient Graph requests go through.</summary>
    public const string HttpClientName = "ModerationBot.Escalation.Graph";

    private static readonly string[] s_select = ["id", "displayName", "mail"];
    private readonly ConcurrentDictionary<TokenCredential, GraphServiceClient> _clients = new();

    public async Task<ManagerLookup> FindManagerAsync(string userObjectId, string? tenantId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userObjectId);
        var credential = credentials.For(tenantId);
        if (credential is null)
        {
            Log.GraphManagerSkipped(logger, "no identity to sign in to Graph with");
            return ManagerLookup.Of(ManagerLookupStatus.NotConfigured);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(options.TimeoutSeconds), timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        var started = timeProvider.GetTimestamp();
        try
        {
            var manager = await Client(credential).Users[userObjectId].Manager
                .GetAsync(request => request.QueryParameters.Select = s_select, linked.Token).ConfigureAwait(false);
            return Found(manager, started);
        }
        catch (ApiException error) when (!ct.IsCancellationRequested)
        {
            return Failed(StatusOf(error.ResponseStatusCode), Reason(error.ResponseStatusCode), started);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Failed(ManagerLookupStatus.TimedOut, "timed out", started);
        }
        catch (AuthenticationFailedException) when (!ct.IsCancellationRequested)
        {
            return Failed(ManagerLookupStatus.Forbidden, "sign-in to Graph failed", started);
        }
        catch (HttpRequestException error) when (!ct.IsCancellationRequested)
        {
            return Failed(ManagerLookupStatus.Failed, error.GetType().Name, started);
        }
        catch (System.Text.Json.JsonException error)
        {
            return Failed(ManagerLookupStatus.Failed, error.GetType().Name, started);
        }
    }

    private ManagerLookup Found(DirectoryObject? manager, long started)
    {
        // A manager can also be an organisational contact, which has no Teams account to send a card to.
        if (manager is not User user || string.IsNullOrWhiteSpace(user.Id))
        {
            Log.GraphManagerLookupDone(logger, nameof(ManagerLookupStatus.NoManager), "manager is not a user", Elapsed(started));
            return ManagerLookup.Of(ManagerLookupStatus.NoManager);
        }

        Log.GraphManagerLookupDone(logger, nameof(ManagerLookupStatus.Found), "ok", Elapsed(started));
        return ManagerLookup.Found(new EscalationReceiver(user.Id, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Mail : user.DisplayName));
    }

    private ManagerLookup Failed(ManagerLookupStatus status, string reason, long started)
    {
        if (status == ManagerLookupStatus.NoManager)
        {
            Log.GraphManagerLookupDone(logger, status.ToString(), reason, Elapsed(started));
        }
        else
        {
            Log.GraphManagerLookupFailed(logger, status.ToString(), reason, Elapsed(started));
        }

        return ManagerLookup.Of(status);
    }

    private static ManagerLookupStatus StatusOf(int statusCode) => statusCode switch
    {
        404 => ManagerLookupStatus.NoManager,
        401 or 403 => ManagerLookupStatus.Forbidden,
        _ => ManagerLookupStatus.Failed,
    };

    private static string Reason(int statusCode) => statusCode switch
    {
        404 => "HTTP 404: no manager set in the directory",
        401 => "HTTP 401: Graph refused the token",
        403 => "HTTP 403: the app lacks the User.Read.All application permission or admin consent",
        _ => "HTTP " + statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private double Elapsed(long started) => timeProvider.GetElapsedTime(started).TotalMilliseconds;

    private GraphServiceClient Client(TokenCredential credential) => _clients.GetOrAdd(credential, c =>
    {
        var baseUri = options.BaseUri;
        var auth = new AzureIdentityAuthenticationProvider(c, [baseUri.Host], null, false, Scope(baseUri));
        return new GraphServiceClient(httpClients.CreateClient(HttpClientName), auth, baseUri.ToString());
    });

    // Tokens are for the Graph resource the base URL names; a loopback fake stands in for the public cloud's.
    private static string Scope(Uri baseUri) =>
        baseUri.IsLoopback ? "https://graph.microsoft.com/.default" : $"{baseUri.Scheme}://{baseUri.Authority}/.default";
}
