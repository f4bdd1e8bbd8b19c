using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Hosting;

/// <summary>A host whose database goes away after startup (<see cref="FailingStorageDatabase.Fail"/>).</summary>
public sealed class UnreachableDatabaseFactory : ModerationBotFactory
{
    public FailingStorageDatabase? Database { get; private set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            var original = services.Single(d => d.ServiceType == typeof(ModerationBot.Storage.StorageDatabase));
            services.RemoveAll<ModerationBot.Storage.StorageDatabase>();
            services.AddSingleton<ModerationBot.Storage.StorageDatabase>(sp =>
                Database = new FailingStorageDatabase((ModerationBot.Storage.StorageDatabase)original.ImplementationFactory!(sp)));
        });
    }
}
