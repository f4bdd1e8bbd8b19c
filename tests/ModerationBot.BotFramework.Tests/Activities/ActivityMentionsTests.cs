using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Tests.TestSupport;

namespace ModerationBot.BotFramework.Tests.Activities;

public sealed class ActivityMentionsTests
{
    [Fact]
    public void RemoveRecipientMention_TeamsChannelMessage_LeavesOnlyTheRequest()
    {
        var activity = TeamsPayloads.Parse(TeamsPayloads.ChannelMessage);

        var text = activity.RemoveRecipientMention();

        Assert.Equal("kolla den här kommentaren", text);
        Assert.Equal(text, activity.Text);
    }

    [Fact]
    public void RemoveRecipientMention_OtherPersonMentioned_KeepsTheirMention()
    {
        var activity = MessageWithMentions("<at>Moderatorn</at> fråga <at>Anna</at> om detta",
            (TeamsPayloads.BotId, "<at>Moderatorn</at>"), ("29:anna", "<at>Anna</at>"));

        var text = activity.RemoveRecipientMention();

        Assert.Equal("fråga <at>Anna</at> om detta", text);
    }

    [Fact]
    public void RemoveRecipientMention_HtmlEntities_AreDecoded()
    {
        var activity = MessageWithMentions("<at>Moderatorn</at>&nbsp;&nbsp;hjälp &amp; &quot;tips&quot;&#33;",
            (TeamsPayloads.BotId, "<at>Moderatorn</at>"));

        Assert.Equal("hjälp & \"tips\"!", activity.RemoveRecipientMention());
    }

    [Fact]
    public void RemoveRecipientMention_AtTagWithIdAndNoEntity_RemovesBotName()
    {
        var activity = MessageWithMentions("<at id=\"0\">Moderatorn</at> help");

        Assert.Equal("help", activity.RemoveRecipientMention());
    }

    [Fact]
    public void RemoveRecipientMention_AtTagWithIdNamingSomeoneElse_KeepsIt()
    {
        var activity = MessageWithMentions("<at id=\"1\">Anna</at> help");

        Assert.Equal("<at id=\"1\">Anna</at> help", activity.RemoveRecipientMention());
    }

    [Fact]
    public void RemoveRecipientMention_MentionOfBotWithoutRecipient_KeepsText()
    {
        var activity = MessageWithMentions("<at>Moderatorn</at> hjälp", (TeamsPayloads.BotId, "<at>Moderatorn</at>"));
        activity.Recipient = null;

        Assert.Equal("<at>Moderatorn</at> hjälp", activity.RemoveRecipientMention());
    }

    [Fact]
    public void RemoveRecipientMention_NoText_ReturnsNull()
    {
        var activity = TeamsPayloads.Personal(ActivityTypes.Message);

        Assert.Null(activity.RemoveRecipientMention());
    }

    [Fact]
    public void GetMentions_MixedEntities_ReturnsOnlyMentions()
    {
        var activity = TeamsPayloads.Parse(TeamsPayloads.ChannelMessage);

        var mention = Assert.Single(activity.GetMentions());
        Assert.Equal(TeamsPayloads.BotName, mention.Mentioned?.Name);
    }

    private static Activity MessageWithMentions(string text, params (string Id, string Text)[] mentions)
    {
        var activity = TeamsPayloads.Personal(ActivityTypes.Message, text);
        activity.Entities = mentions
            .Select(m => new Entity { Type = "mention", Text = m.Text, Mentioned = new ChannelAccount { Id = m.Id } })
            .ToList();
        return activity;
    }
}
