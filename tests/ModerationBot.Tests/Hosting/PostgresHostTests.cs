using System.Net;
using ModerationBot.Storage;
using ModerationBot.Testing.Activities;
using ModerationBot.Tests.Storage;
using ModerationBot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ModerationBot.Tests.Hosting;

/// <summary>The whole host with Storage:Provider=Postgres; skipped with a reason when no server is configured.</summary>
public sealed class PostgresHostTests(PostgresHostFactory factory) : IClassFixture<PostgresHostFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_HelpTwiceOnPostgres_RepliesOnceAndRecordsReference()
    {
        Assert.SkipUnless(factory.Available, $"Set {PostgresStoreTestDatabase.EnvironmentVariable} to run the host on PostgreSQL.");
        var activity = TestActivities.PersonalMessage("hjälp", factory.Connector.ServiceUrl).Isolated();

        await factory.PostAsync(activity, ct: Ct);
        await factory.PostAsync(activity, ct: Ct);

        Assert.IsType<PostgresStorageDatabase>(factory.Services.GetRequiredService<StorageDatabase>());
        Assert.Single(factory.Connector.RequestsFor(activity));
        var reference = await factory.Services.GetRequiredService<IConversationReferenceStore>().FindAsync(activity.From!.AadObjectId!, Ct);
        Assert.Equal(activity.Conversation!.Id, reference!.ConversationId);
        Assert.Equal(TestActivities.TenantId, reference.TenantId);
    }

    [Fact]
    public async Task Readyz_OnPostgres_Returns200()
    {
        Assert.SkipUnless(factory.Available, $"Set {PostgresStoreTestDatabase.EnvironmentVariable} to run the host on PostgreSQL.");
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz", Ct)).StatusCode);
    }
}
