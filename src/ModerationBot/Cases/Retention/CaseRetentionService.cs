using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModerationBot.Storage;

namespace ModerationBot.Cases.Retention;

/// <summary>Checks the evidence key ring before the host serves requests, then enforces retention on an interval.</summary>
public sealed class CaseRetentionService : PeriodicStoreJob
{
    private readonly EvidenceKeyRingCheck _keyRingCheck;
    private readonly CaseRetention _retention;
    private readonly CasesOptions _options;
    private readonly ILogger<CaseRetentionService> _logger;

    public CaseRetentionService(EvidenceKeyRingCheck keyRingCheck, CaseRetention retention, TimeProvider clock, IOptions<CasesOptions> options, ILogger<CaseRetentionService> logger)
        : base(clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _keyRingCheck = keyRingCheck;
        _retention = retention;
        _options = options.Value;
        _logger = logger;
    }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Registered after the storage service, whose StartAsync has migrated the schema by now.
        await _keyRingCheck.VerifyAsync(cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override TimeSpan Interval => _options.RetentionInterval;

    protected override async Task RunOnceAsync(CancellationToken ct)
    {
        var result = await _retention.EnforceAsync(ct).ConfigureAwait(false);
        Log.CaseRetentionApplied(_logger, result.EvidenceDeleted, result.CasesDeleted);
    }

    protected override void ReportFailure(string exceptionType) => Log.CaseRetentionFailed(_logger, exceptionType);
}
