using System.Net.Http;

namespace ModerationBot.EndToEnd.Tests.Crash;

/// <summary>When the host was killed, and why (a random moment, or just after the connector answered a card).</summary>
internal sealed record HostKill(DateTimeOffset At, string Reason);

/// <summary>
/// The bot host that a test kills with SIGKILL whenever it likes; each kill is followed by a fresh process on the same
/// port and data directory, as a supervisor (systemd, Kubernetes) would restart it.
/// </summary>
internal sealed class KilledHost : IAsyncDisposable
{
    private readonly Uri _baseAddress;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly Lock _gate = new();
    private readonly List<HostKill> _kills = [];
    private readonly CancellationToken _ct;
    private BotProcess? _current;
    private Task _restarting = Task.CompletedTask;

    private KilledHost(Uri baseAddress, IReadOnlyDictionary<string, string> settings, CancellationToken ct)
    {
        _baseAddress = baseAddress;
        _settings = settings;
        _ct = ct;
    }

    public Uri MessagingEndpoint => new(_baseAddress, "/api/messages");

    public IReadOnlyList<HostKill> Kills
    {
        get
        {
            lock (_gate)
            {
                return [.. _kills];
            }
        }
    }

    /// <summary>What the current (or last) process printed.</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _current?.Output ?? string.Empty;
            }
        }
    }

    public static async Task<KilledHost> StartAsync(Uri baseAddress, IReadOnlyDictionary<string, string> settings, CancellationToken ct)
    {
        var host = new KilledHost(baseAddress, settings, ct);
        host._current = await BotProcess.StartAsync(baseAddress, settings, host._client, ct);
        return host;
    }

    /// <summary>Kills the running process at once (nothing of it runs afterwards) and starts a new one in the background.</summary>
    /// <returns>False when the host was already down (killed and not yet restarted).</returns>
    public bool Kill(string reason)
    {
        lock (_gate)
        {
            if (_current is null || _current.HasExited)
            {
                return false;
            }

            _current.Kill();
            _kills.Add(new HostKill(DateTimeOffset.UtcNow, reason));
            var killed = _current;
            _current = null;
            killed.Dispose();
            _restarting = Task.Run(RestartAsync, CancellationToken.None);
            return true;
        }
    }

    /// <summary>Waits until a process is up again after the last kill.</summary>
    public async Task WaitUntilUpAsync()
    {
        Task restarting;
        lock (_gate)
        {
            restarting = _restarting;
        }

        await restarting;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await WaitUntilUpAsync();
        }
        catch (Exception e) when (e is OperationCanceledException or InvalidOperationException or TimeoutException)
        {
            // Shutting down after a failed test: the restart's failure is already reported.
        }

        lock (_gate)
        {
            _current?.Dispose();
            _current = null;
        }

        _client.Dispose();
    }

    private async Task RestartAsync()
    {
        var process = await BotProcess.StartAsync(_baseAddress, _settings, _client, _ct);
        lock (_gate)
        {
            _current = process;
        }
    }
}
