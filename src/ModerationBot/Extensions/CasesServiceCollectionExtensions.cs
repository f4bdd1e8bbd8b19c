using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModerationBot.Cases;
using ModerationBot.Cases.Outbox;
using ModerationBot.Cases.Retention;
using ModerationBot.Core.Cases;
using ModerationBot.Storage;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the case log, the outbox, evidence encryption and retention.</summary>
public static class CasesServiceCollectionExtensions
{
    /// <summary>The application name every instance shares, so they all read each other's ciphertext.</summary>
    public const string DataProtectionApplicationName = "ModerationBot";

    /// <summary>The key ring folder: <c>keys</c> beside the SQLite file, inside <c>Storage:DataDirectory</c>.</summary>
    public static string KeysDirectory(StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        return Path.Combine(Path.GetFullPath(storage.DataDirectory), "keys");
    }

    /// <summary>Adds <see cref="ICaseStore"/>, <see cref="IOutboxStore"/>, retention and the key ring check; call after <c>AddModerationStorage</c>.</summary>
    public static IServiceCollection AddModerationCases(this IServiceCollection services)
    {
        services.AddOptions<CasesOptions>()
            .BindConfiguration(CasesOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // A fixed application name: the default derives from the content root, so moving the app would orphan the evidence.
        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName);
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<StorageOptions>, ILoggerFactory>((options, storage, loggers) =>
            options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(KeysDirectory(storage.Value)), loggers));

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CaseDataProtector>();
        services.TryAddSingleton<ICaseStore, SqlCaseStore>();
        services.TryAddSingleton<IOutboxStore, SqlOutboxStore>();
        services.TryAddSingleton<CaseRetention>();
        services.TryAddSingleton<EvidenceKeyRingCheck>();
        services.TryAddSingleton(sp => new CaseAuthorization(sp.GetRequiredService<IOptions<CasesOptions>>().Value.CaseAdminIds));
        services.AddHostedService<CaseRetentionService>();
        return services;
    }
}
