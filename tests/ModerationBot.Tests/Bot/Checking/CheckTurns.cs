using System.Net;
using System.Text.Json;
using ModerationBot.BotFramework.Activities;
using ModerationBot.Testing.Connector;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Bot.Checking;

/// <summary>Posting a turn and reading what the bot answered: the sent card, or the invoke response body.</summary>
internal static class CheckTurns
{
    public const string Personnummer = "19850312-2398";
    public const string ThreatWithIdentityNumber = "Jag vet var du bor och jag ska döda dig. Mitt personnummer är " + Personnummer + ".";

    public static async Task<(RecordedRequest Sent, JsonElement Card)> SendAndGetCardAsync(ModerationBotFactory factory, Activity activity, CancellationToken ct)
    {
        var response = await factory.PostAsync(activity, ct: ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(factory.Connector.RequestsFor(activity));
        var card = sent.Card();
        Assert.NotNull(card);
        return (sent, card.Value);
    }

    public static async Task<JsonElement> InvokeAsync(ModerationBotFactory factory, Activity activity, CancellationToken ct)
    {
        var response = await factory.PostAsync(activity, ct: ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(ct);
        Assert.Empty(factory.Connector.RequestsFor(activity));
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The card of a <c>task: continue</c> response.</summary>
    public static JsonElement ContinueCard(JsonElement body)
    {
        var task = body.GetProperty("task");
        Assert.Equal("continue", task.GetProperty("type").GetString());
        var card = task.GetProperty("value").GetProperty("card");
        Assert.Equal(Attachment.AdaptiveCardContentType, card.GetProperty("contentType").GetString());
        return card.GetProperty("content");
    }

    /// <summary>Every text shown on a card, its nested show-cards included.</summary>
    public static string AllText(JsonElement card) => string.Join("\n", Strings(card));

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    public static IEnumerable<string> InputIds(JsonElement card) =>
        card.GetProperty("body").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString()!.StartsWith("Input.", StringComparison.Ordinal))
            .Select(e => e.GetProperty("id").GetString()!);
}
