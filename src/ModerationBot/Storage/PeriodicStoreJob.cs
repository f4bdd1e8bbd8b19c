using System.Data.Common;
using Microsoft.Extensions.Hosting;

namespace ModerationBot.Storage;

/// <summary>
/// A background job that runs against the database on an interval of the injected clock. A database error is
/// reported and retried on the next tick, so housekeeping never stops the bot.
/// </summary>
public abstract class PeriodicStoreJob(TimeProvider timeProvider) : BackgroundService
{
    /// <summary>How long to wait between runs.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>One run of the job.</summary>
    protected abstract Task RunOnceAsync(CancellationToken ct);

    /// <summary>Reports a failed run; only the exception type is passed so no stored data reaches the log.</summary>
    protected abstract void ReportFailure(string exceptionType);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, timeProvider);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (DbException ex)
            {
                ReportFailure(ex.GetType().Name);
            }
        }
    }
}
