using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ModerationBot.BotFramework.Routing;
using ModerationBot.Storage;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the database, its migrations and purge, and the stores over it.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IStateStore"/>, <see cref="IConversationReferenceStore"/> and the store-backed
    /// <see cref="IProcessedActivityLog"/> (call before <c>AddBotFrameworkPipeline</c> so it replaces the in-memory one).
    /// </summary>
    public static IServiceCollection AddModerationStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<StorageDatabase>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return options.Provider == StorageProvider.Postgres
                ? new PostgresStorageDatabase(options.ConnectionString!)
                : new SqliteStorageDatabase(options.DataDirectory);
        });
        services.TryAddSingleton<SchemaMigrator>();
        services.TryAddSingleton<StoragePurger>();
        services.TryAddSingleton<IStateStore, SqlStateStore>();
        services.TryAddSingleton<IConversationReferenceStore, SqlConversationReferenceStore>();
        services.RemoveAll<IProcessedActivityLog>();
        services.AddSingleton<IProcessedActivityLog, SqlProcessedActivityLog>();
        services.AddHostedService<StorageHostedService>();
        return services;
    }
}
