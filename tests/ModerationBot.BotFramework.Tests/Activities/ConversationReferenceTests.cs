using System.Text.Json;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Tests.TestSupport;

namespace ModerationBot.BotFramework.Tests.Activities;

public sealed class ConversationReferenceTests
{
    [Fact]
    public void FromActivity_ChannelMessage_TakesAddressingWithUserAndBot()
    {
        var reference = ConversationReference.FromActivity(TeamsPayloads.Parse(TeamsPayloads.ChannelMessage));

        Assert.Equal("29:1abcUserId", reference.User?.Id);
        Assert.Equal(TeamsPayloads.BotId, reference.Bot?.Id);
        Assert.Equal(TeamsPayloads.ChannelConversationId, reference.Conversation?.Id);
        Assert.Equal("72f988bf-0000-4000-8000-000000000002", reference.Conversation?.TenantId);
        Assert.Equal(TeamsPayloads.ServiceUrl, reference.ServiceUrl);
        Assert.Equal("1700000000001", reference.ActivityId);
    }

    [Fact]
    public void ToContinuationActivity_StoredReference_AddressesConversationWithoutReplyId()
    {
        var stored = JsonSerializer.Serialize(ConversationReference.FromActivity(TeamsPayloads.Personal(ActivityTypes.Message, "hej")), ActivityJson.Options);
        var reference = JsonSerializer.Deserialize<ConversationReference>(stored, ActivityJson.Options)!;

        var activity = reference.ToContinuationActivity();

        Assert.Equal(ActivityTypes.Event, activity.Type);
        Assert.Null(activity.Id);
        Assert.Equal("29:user-1", activity.From?.Id);
        Assert.Equal(TeamsPayloads.BotId, activity.Recipient?.Id);
        Assert.Equal("a:personal-1", activity.Conversation?.Id);
        Assert.Equal("sv-SE", activity.Locale);
    }
}
