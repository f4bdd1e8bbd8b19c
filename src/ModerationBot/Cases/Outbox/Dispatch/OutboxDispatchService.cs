using System.Data.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ModerationBot.Cases.Outbox.Dispatch;

/// <summary>Runs the dispatcher for the life of the host: at once while messages are due, else every poll interval.</summary>
public sealed class OutboxDispatchService(OutboxDispatcher dispatcher, TimeProvider clock, IOptions<OutboxDispatchOptions> options, ILogger<OutboxDispatchService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try
            {
                sent = await dispatcher.DispatchDueAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException)
            {
                // The database was away or busy: messages stay in the outbox, and the next tick tries again.
                Log.OutboxDispatchFailed(logger, ex.GetType().Name);
            }

            if (sent == 0)
            {
                try
                {
                    await Task.Delay(options.Value.PollInterval, clock, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
