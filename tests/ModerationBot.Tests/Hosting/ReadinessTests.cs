using System.Net;
using System.Text.Json;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Hosting;

public sealed class ReadinessTests(UnreachableDatabaseFactory factory) : IClassFixture<UnreachableDatabaseFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Readyz_DatabaseUnreachable_Returns503WithReasonAndNoSecrets()
    {
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz", Ct)).StatusCode);

        factory.Database!.Fail();
        var response = await client.GetAsync("/readyz", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var reasons = JsonDocument.Parse(body).RootElement.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Contains("database unreachable", reasons);
        Assert.DoesNotContain("test-secret-not-real", body, StringComparison.Ordinal);
        Assert.DoesNotContain("unable to open", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readyz_SigningKeysUnreachable_Returns503NamingKeys()
    {
        await using var unreachable = new ConfiguredFactory(new Dictionary<string, string?>
        {
            ["BotFramework:OpenIdMetadataUrl"] = "http://127.0.0.1:9/v1/.well-known/openidconfiguration",
        });
        await unreachable.InitializeAsync();
        using var client = unreachable.CreateClient();

        var response = await client.GetAsync("/readyz", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("signing keys not loaded", body, StringComparison.Ordinal);
        Assert.DoesNotContain("database", body, StringComparison.Ordinal);
    }
}
