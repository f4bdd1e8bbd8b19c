using System.Net;
using System.Text.Json;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Hosting;

public sealed class HealthTests(ModerationBotFactory factory) : IClassFixture<ModerationBotFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Healthz_Running_Returns200Alive()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/healthz", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("alive", (await ReadAsync(response)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readyz_DatabaseMigratedAndKeysReachable_Returns200Ready()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/readyz", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ready", (await ReadAsync(response)).GetProperty("status").GetString());
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();
}
