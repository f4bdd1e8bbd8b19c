using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ModerationBot.Storage;

/// <summary>Migrates the schema before the host serves requests, then purges on an interval.</summary>
public sealed class StorageHostedService : PeriodicStoreJob
{
    private readonly SchemaMigrator _migrator;
    private readonly StoragePurger _purger;
    private readonly StorageOptions _options;
    private readonly ILogger<StorageHostedService> _logger;

    public StorageHostedService(SchemaMigrator migrator, StoragePurger purger, TimeProvider timeProvider, IOptions<StorageOptions> options, ILogger<StorageHostedService> logger)
        : base(timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        _migrator = migrator;
        _purger = purger;
        _options = options.Value;
        _logger = logger;
    }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Awaited here rather than in ExecuteAsync: the server must not accept turns before the schema exists.
        var applied = await _migrator.MigrateAsync(cancellationToken).ConfigureAwait(false);
        Log.StorageReady(_logger, _options.Provider.ToString(), applied);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override TimeSpan Interval => _options.PurgeInterval;

    protected override async Task RunOnceAsync(CancellationToken ct)
    {
        var deleted = await _purger.PurgeAsync(ct).ConfigureAwait(false);
        Log.StoragePurged(_logger, deleted);
    }

    // A failed purge is retried on the next tick; the bot keeps working meanwhile.
    protected override void ReportFailure(string exceptionType) => Log.StoragePurgeFailed(_logger, exceptionType);
}
