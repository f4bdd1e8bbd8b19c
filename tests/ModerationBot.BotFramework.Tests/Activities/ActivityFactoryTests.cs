using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Tests.TestSupport;

namespace ModerationBot.BotFramework.Tests.Activities;

public sealed class ActivityFactoryTests
{
    [Fact]
    public void CreateReply_InboundMessage_SwapsSenderAndRecipientAndKeepsConversation()
    {
        var inbound = TeamsPayloads.Parse(TeamsPayloads.ChannelMessage);

        var reply = inbound.CreateReply("Tack!");

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("Tack!", reply.Text);
        Assert.Equal(TeamsPayloads.BotId, reply.From?.Id);
        Assert.Equal("29:1abcUserId", reply.Recipient?.Id);
        Assert.Equal(TeamsPayloads.ChannelConversationId, reply.Conversation?.Id);
        Assert.Equal(TeamsPayloads.ServiceUrl, reply.ServiceUrl);
        Assert.Equal("msteams", reply.ChannelId);
        Assert.Equal("1700000000001", reply.ReplyToId);
        Assert.Equal("sv-SE", reply.Locale);
    }

    [Fact]
    public void CreateReply_ChangingReply_DoesNotChangeInbound()
    {
        var inbound = TeamsPayloads.Personal(ActivityTypes.Message, "hej");

        var reply = inbound.CreateReply("svar");
        reply.Conversation!.Id = "changed";
        reply.From!.Name = "changed";

        Assert.Equal("a:personal-1", inbound.Conversation?.Id);
        Assert.Equal(TeamsPayloads.BotName, inbound.Recipient?.Name);
    }

    [Fact]
    public void AddressAsReplyTo_FieldsAlreadySet_KeepsThem()
    {
        var inbound = TeamsPayloads.Personal(ActivityTypes.Message, "hej");
        var outgoing = ActivityFactory.MessageFromText("svar");
        outgoing.Locale = "en-US";
        outgoing.ReplyToId = "other";

        outgoing.AddressAsReplyTo(inbound);

        Assert.Equal("en-US", outgoing.Locale);
        Assert.Equal("other", outgoing.ReplyToId);
        Assert.Equal("a:personal-1", outgoing.Conversation?.Id);
    }

    [Fact]
    public void MessageWithAttachment_AdaptiveCard_CarriesCardContentType()
    {
        var card = new { type = "AdaptiveCard", version = "1.5" };

        var message = ActivityFactory.MessageWithAttachment(ActivityFactory.AdaptiveCardAttachment(card));

        var attachment = Assert.Single(message.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.Same(card, attachment.Content);
        Assert.Equal(ActivityTypes.Message, message.Type);
    }
}
