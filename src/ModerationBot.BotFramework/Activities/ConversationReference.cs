namespace ModerationBot.BotFramework.Activities;

/// <summary>
/// What it takes to write to a conversation later (proactively): where the connector is, which conversation,
/// and who the bot and the user are. Serialisable with <see cref="ActivityJson.Options"/> for storage.
/// </summary>
public sealed class ConversationReference
{
    /// <summary>The name of the event activity a proactive turn runs with.</summary>
    public const string ContinueConversationEventName = "ContinueConversation";

    /// <summary>The activity the reference was taken from.</summary>
    public string? ActivityId { get; set; }

    /// <summary>The user (the sender of that activity).</summary>
    public ChannelAccount? User { get; set; }

    /// <summary>The bot (the recipient of that activity).</summary>
    public ChannelAccount? Bot { get; set; }

    /// <summary>The conversation, including its tenant id.</summary>
    public ConversationAccount? Conversation { get; set; }

    /// <summary>The channel, <c>msteams</c> for Teams.</summary>
    public string? ChannelId { get; set; }

    /// <summary>The connector endpoint of the conversation.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The user's locale at the time.</summary>
    public string? Locale { get; set; }

    /// <summary>The reference of <paramref name="activity"/>'s conversation.</summary>
    public static ConversationReference FromActivity(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var reply = new Activity().AddressAsReplyTo(activity);
        return new ConversationReference
        {
            ActivityId = activity.Id,
            User = reply.Recipient,
            Bot = reply.From,
            Conversation = reply.Conversation,
            ChannelId = activity.ChannelId,
            ServiceUrl = activity.ServiceUrl,
            Locale = activity.Locale,
        };
    }

    /// <summary>
    /// An inbound-shaped event activity for a proactive turn in the referenced conversation. It has no id, so what
    /// the turn sends goes to the conversation rather than replying to an old message.
    /// </summary>
    public Activity ToContinuationActivity() => new()
    {
        Type = ActivityTypes.Event,
        Name = ContinueConversationEventName,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = Locale,
        From = User,
        Recipient = Bot,
        Conversation = Conversation,
    };
}
