using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModerationBot.Storage;

namespace ModerationBot.Escalation.Sla;

/// <summary>Runs <see cref="CaseSlaMonitor"/> every <see cref="EscalationSlaOptions.CheckInterval"/> of the injected clock.</summary>
internal sealed class CaseSlaService : PeriodicStoreJob
{
    private readonly CaseSlaMonitor _monitor;
    private readonly EscalationSlaOptions _options;
    private readonly ILogger<CaseSlaService> _logger;

    public CaseSlaService(CaseSlaMonitor monitor, TimeProvider clock, IOptions<EscalationSlaOptions> options, ILogger<CaseSlaService> logger)
        : base(clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _monitor = monitor;
        _options = options.Value;
        _logger = logger;
    }

    protected override TimeSpan Interval => _options.CheckInterval;

    protected override async Task RunOnceAsync(CancellationToken ct)
    {
        var result = await _monitor.RunOnceAsync(ct).ConfigureAwait(false);
        if (result != new CaseSlaRunResult(0, 0, 0, 0))
        {
            Log.CaseSlaChecked(_logger, result.Escalated, result.Reminded, result.Skipped, result.Unreachable);
        }
    }

    protected override void ReportFailure(string exceptionType) => Log.CaseSlaFailed(_logger, exceptionType);
}
