using Microsoft.Extensions.Logging;
using ModerationBot.BotFramework.Auth;
using ModerationBot.Storage;

namespace ModerationBot.Health;

/// <summary>Ready when the database answers at the current schema version and inbound authentication can work.</summary>
public sealed class ReadinessProbe(SchemaMigrator migrator, IAuthenticationReadiness authentication, ILogger<ReadinessProbe> logger)
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(3);

    public async Task<ReadinessReport> CheckAsync(CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(s_timeout);
        var reasons = new List<string>();
        try
        {
            if (await migrator.CurrentVersionAsync(timeout.Token).ConfigureAwait(false) < migrator.LatestVersion)
            {
                reasons.Add("database schema not migrated");
            }
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or OperationCanceledException or TimeoutException or InvalidOperationException)
        {
            // The exception message may carry the host or user name of the connection string, so only its type is kept.
            reasons.Add("database unreachable");
            Log.NotReady(logger, "database unreachable: " + ex.GetType().Name);
        }

        if (!await authentication.IsReadyAsync(timeout.Token).ConfigureAwait(false))
        {
            reasons.Add("signing keys not loaded");
            Log.NotReady(logger, "signing keys not loaded");
        }

        return new ReadinessReport(reasons.Count == 0, reasons);
    }
}
