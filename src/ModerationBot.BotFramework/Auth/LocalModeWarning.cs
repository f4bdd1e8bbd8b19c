using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModerationBot.BotFramework.Diagnostics;

namespace ModerationBot.BotFramework.Auth;

// Logged at startup so nobody runs an unauthenticated bot by accident without seeing it.
internal sealed class LocalModeWarning(IOptions<BotFrameworkOptions> options, ILogger<LocalModeWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.IsLocalMode)
        {
            Log.LocalModeEnabled(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
