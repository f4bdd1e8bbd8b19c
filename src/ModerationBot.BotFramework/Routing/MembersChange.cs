using ModerationBot.BotFramework.Activities;

namespace ModerationBot.BotFramework.Routing;

/// <summary>Members added to or removed from a conversation, split into the bot itself and everyone else.</summary>
public sealed class MembersChange
{
    /// <summary>Splits <paramref name="members"/> using the bot's id (the activity's recipient id).</summary>
    public MembersChange(IReadOnlyList<ChannelAccount> members, string? botId)
    {
        ArgumentNullException.ThrowIfNull(members);
        All = members;
        IncludesBot = !string.IsNullOrEmpty(botId) && members.Any(m => string.Equals(m.Id, botId, StringComparison.Ordinal));
        Others = string.IsNullOrEmpty(botId)
            ? members
            : members.Where(m => !string.Equals(m.Id, botId, StringComparison.Ordinal)).ToList();
    }

    /// <summary>Everyone in the change, as Teams listed them.</summary>
    public IReadOnlyList<ChannelAccount> All { get; }

    /// <summary>The members other than the bot.</summary>
    public IReadOnlyList<ChannelAccount> Others { get; }

    /// <summary>True when the bot itself was added or removed.</summary>
    public bool IncludesBot { get; }
}
