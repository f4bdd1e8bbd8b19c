using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ModerationBot.Cases.Retention;

/// <summary>Checks the evidence key ring before the host serves requests, then enforces retention on an interval.</summary>
public sealed class CaseRetentionService : BackgroundService
{
    private readonly EvidenceKeyRingCheck _keyRingCheck;
    private readonly CaseRetention _retention;
    private readonly TimeProvider _clock;
    private readonly CasesOptions _options;
    private readonly ILogger<CaseRetentionService> _logger;

    public CaseRetentionService(EvidenceKeyRingCheck keyRingCheck, CaseRetention retention, TimeProvider clock, IOptions<CasesOptions> options, ILogger<CaseRetentionService> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _keyRingCheck = keyRingCheck;
        _retention = retention;
        _clock = clock;
        _options = options.Value;
        _logger = logger;
    }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Registered after the storage service, whose StartAsync has migrated the schema by now.
        await _keyRingCheck.VerifyAsync(cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.RetentionInterval, _clock);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                var result = await _retention.EnforceAsync(stoppingToken).ConfigureAwait(false);
                Log.CaseRetentionApplied(_logger, result.EvidenceDeleted, result.CasesDeleted);
            }
            catch (System.Data.Common.DbException ex)
            {
                Log.CaseRetentionFailed(_logger, ex.GetType().Name);
            }
        }
    }
}
