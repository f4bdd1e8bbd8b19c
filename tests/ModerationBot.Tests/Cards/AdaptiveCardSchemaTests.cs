using System.Text.Json.Nodes;
using NJsonSchema;
using Xunit;

namespace ModerationBot.Tests.Cards;

public sealed class AdaptiveCardSchemaTests
{
    private static readonly Lazy<Task<JsonSchema>> s_schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Cards", "Schemas", "adaptive-card-1.5.json")));

    [Theory]
    [MemberData(nameof(CardSamples.Names), MemberType = typeof(CardSamples))]
    public async Task Validate_EveryCardTheBotSends_MatchesOfficialSchema(string card)
    {
        var errors = await ValidateAsync(CardSamples.ToJson(CardSamples.Get(card).Card));

        Assert.True(errors.Count == 0, $"{card} breaks the Adaptive Card 1.5 schema:\n{string.Join('\n', errors)}");
    }

    [Fact]
    public async Task Validate_CardWithMisspelledProperty_IsRejected()
    {
        var json = JsonNode.Parse(CardSamples.ToJson(BuilderCoverageCard.Build()))!;
        json["body"]![0]!["wrapp"] = true;

        var errors = await ValidateAsync(json.ToJsonString());

        Assert.NotEmpty(errors);
    }

    [Fact]
    public async Task Validate_TeamsWidthOtherThanFull_IsRejected()
    {
        var json = JsonNode.Parse(CardSamples.ToJson(BuilderCoverageCard.Build()))!;
        json["msteams"]!["width"] = "Wide";

        var errors = await ValidateAsync(json.ToJsonString());

        Assert.Contains(errors, error => error.Contains("msteams", StringComparison.Ordinal));
    }

    // The official schema is strict and has no room for Teams' "msteams" root extension, so that one
    // property is checked here by hand and removed before the schema sees the card.
    private static async Task<List<string>> ValidateAsync(string cardJson)
    {
        var card = JsonNode.Parse(cardJson)!.AsObject();
        var errors = new List<string>();
        if (card.TryGetPropertyValue("msteams", out var teams))
        {
            card.Remove("msteams");
            var valid = teams is JsonObject { Count: 1 } props && props["width"]?.GetValue<string>() == "Full";
            if (!valid)
            {
                errors.Add($"msteams: expected {{\"width\":\"Full\"}}, got {teams?.ToJsonString()}");
            }
        }

        var schema = await s_schema.Value;
        errors.AddRange(schema.Validate(card.ToJsonString()).Select(error => error.ToString()));
        return errors;
    }
}
