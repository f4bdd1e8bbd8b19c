using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Tests.TestSupport;

namespace ModerationBot.BotFramework.Tests.Activities;

public sealed class ActivitySerializationTests
{
    [Fact]
    public void RoundTrip_TeamsChannelMessageWithUnknownFields_IsSemanticallyEqual()
    {
        var activity = TeamsPayloads.Parse(TeamsPayloads.ChannelMessage);

        var written = JsonSerializer.Serialize(activity, ActivityJson.Options);

        var expected = JsonNode.Parse(TeamsPayloads.ChannelMessage);
        var actual = JsonNode.Parse(written);
        Assert.True(SemanticallyEqual(expected, actual), $"Round trip changed the activity:\n{written}");
    }

    [Fact]
    public void Deserialize_TeamsChannelMessage_ReadsNamedFields()
    {
        var activity = TeamsPayloads.Parse(TeamsPayloads.ChannelMessage);

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("6f0c1d2e-0000-4000-8000-000000000001", activity.From?.AadObjectId);
        Assert.Equal("channel", activity.Conversation?.ConversationType);
        Assert.Equal("72f988bf-0000-4000-8000-000000000002", activity.Conversation?.TenantId);
        Assert.Equal(TimeSpan.FromHours(1), activity.LocalTimestamp?.Offset);
        Assert.Equal("mention", activity.Entities?[0].Type);
        Assert.Equal(TeamsPayloads.BotId, activity.Entities?[0].Mentioned?.Id);
        Assert.True(activity.ExtensionData?.ContainsKey("futureField"));
    }

    [Fact]
    public void Serialize_NewActivity_LeavesOutNullFields()
    {
        var json = JsonSerializer.Serialize(ActivityFactory.MessageFromText("hej"), ActivityJson.Options);

        Assert.Equal("""{"type":"message","text":"hej","textFormat":"plain"}""", json);
    }

    // Equal JSON except that timestamps may be written with another (equivalent) offset notation.
    private static bool SemanticallyEqual(JsonNode? a, JsonNode? b)
    {
        if (JsonNode.DeepEquals(a, b))
        {
            return true;
        }

        return (a, b) switch
        {
            (JsonObject x, JsonObject y) => x.Count == y.Count && x.All(p => y.TryGetPropertyValue(p.Key, out var v) && SemanticallyEqual(p.Value, v)),
            (JsonArray x, JsonArray y) => x.Count == y.Count && x.Zip(y).All(p => SemanticallyEqual(p.First, p.Second)),
            (JsonValue x, JsonValue y) when x.TryGetValue<string>(out var s) && y.TryGetValue<string>(out var t) =>
                DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, out var d1)
                && DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, out var d2)
                && d1 == d2 && d1.Offset == d2.Offset,
            _ => false,
        };
    }
}
