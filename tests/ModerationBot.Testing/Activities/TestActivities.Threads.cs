using System.Text.Json;
using ModerationBot.BotFramework.Activities;

namespace ModerationBot.Testing.Activities;

// Activities in a channel thread of the caller's choosing, for tests with many people in many channels.
public static partial class TestActivities
{
    /// <summary>A message in <paramref name="thread"/> that @mentions the bot: <c>&lt;at&gt;Moderationsbot&lt;/at&gt; {text}</c>.</summary>
    public static Activity ThreadMention(ChannelThread thread, string text, string serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(thread);
        var activity = ChannelMessageWithMention(text, serviceUrl);
        return InThread(activity, thread);
    }

    /// <summary>An Action.Submit pressed in <paramref name="thread"/>: a message with the button's data as its value and no text.</summary>
    public static Activity ThreadSubmit(ChannelThread thread, JsonElement data, string serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(thread);
        var activity = ChannelMessageWithMention(string.Empty, serviceUrl);
        activity.Text = null;
        activity.Entities = [];
        activity.Value = data;
        return InThread(activity, thread);
    }

    private static Activity InThread(Activity activity, ChannelThread thread)
    {
        activity.Conversation = new ConversationAccount { Id = thread.ConversationId, ConversationType = "channel", TenantId = thread.TenantId, IsGroup = true };
        activity.From = thread.From;
        activity.ChannelData = Json(new
        {
            teamsChannelId = thread.ChannelId,
            teamsTeamId = thread.TeamId,
            channel = new { id = thread.ChannelId },
            team = new { id = thread.TeamId },
            tenant = new { id = thread.TenantId },
        });
        return activity;
    }
}
