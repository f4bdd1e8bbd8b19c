namespace ModerationBot.BotFramework.Activities;

/// <summary>Creates outgoing activities.</summary>
public static class ActivityFactory
{
    /// <summary>A message activity with plain text.</summary>
    public static Activity MessageFromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = "plain" };
    }

    /// <summary>A message activity carrying one attachment (e.g. an Adaptive Card), with optional text above it.</summary>
    public static Activity MessageWithAttachment(Attachment attachment, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        return new Activity { Type = ActivityTypes.Message, Text = text, Attachments = [attachment] };
    }

    /// <summary>An Adaptive Card attachment around the given card object (serialised as the card JSON).</summary>
    public static Attachment AdaptiveCardAttachment(object card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = card };
    }

    /// <summary>
    /// A reply to <paramref name="inbound"/>: same conversation, channel and serviceUrl, sender and recipient swapped,
    /// <see cref="Activity.ReplyToId"/> set to the inbound id and the inbound locale kept.
    /// </summary>
    public static Activity CreateReply(this Activity inbound, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        var reply = new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = text is null ? null : "plain" };
        return reply.AddressAsReplyTo(inbound);
    }

    /// <summary>
    /// Fills in the addressing fields of <paramref name="outgoing"/> that are not set yet so that it answers
    /// <paramref name="inbound"/>; fields already set are kept.
    /// </summary>
    public static Activity AddressAsReplyTo(this Activity outgoing, Activity inbound)
    {
        ArgumentNullException.ThrowIfNull(outgoing);
        ArgumentNullException.ThrowIfNull(inbound);
        outgoing.Type ??= ActivityTypes.Message;
        outgoing.From ??= Copy(inbound.Recipient);
        outgoing.Recipient ??= Copy(inbound.From);
        outgoing.Conversation ??= Copy(inbound.Conversation);
        outgoing.ServiceUrl ??= inbound.ServiceUrl;
        outgoing.ChannelId ??= inbound.ChannelId;
        outgoing.ReplyToId ??= inbound.Id;
        outgoing.Locale ??= inbound.Locale;
        return outgoing;
    }

    private static ChannelAccount? Copy(ChannelAccount? account) =>
        account is null ? null : new ChannelAccount { Id = account.Id, Name = account.Name, AadObjectId = account.AadObjectId, Role = account.Role };

    private static ConversationAccount? Copy(ConversationAccount? conversation) =>
        conversation is null
            ? null
            : new ConversationAccount
            {
                Id = conversation.Id,
                Name = conversation.Name,
                ConversationType = conversation.ConversationType,
                TenantId = conversation.TenantId,
                IsGroup = conversation.IsGroup,
            };
}
