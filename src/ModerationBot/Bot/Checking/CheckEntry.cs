namespace ModerationBot.Bot.Checking;

/// <summary>The way a comment reached the check, for the log.</summary>
internal enum CheckEntry
{
    ChatCommand,
    Dialog,
    MessageAction,
    ChannelMention,
}
