using System.Net;
using System.Text.Json;

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
}
