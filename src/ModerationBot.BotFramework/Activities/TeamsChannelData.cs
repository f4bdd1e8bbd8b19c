namespace ModerationBot.BotFramework.Activities;

/// <summary>
/// The Teams-specific parts of <see cref="Activity.ChannelData"/> that the bot reads. Every value is optional:
/// personal chats carry no team or channel, and older clients leave fields out.
/// </summary>
/// <param name="TenantId">The Microsoft Entra tenant (<c>tenant.id</c>).</param>
/// <param name="Team">The team, for channel conversations and team events.</param>
/// <param name="Channel">The channel, for channel conversations.</param>
/// <param name="EventType">The conversation update kind, e.g. <c>teamMemberAdded</c> or <c>channelRenamed</c>.</param>
/// <param name="SelectedChannelId">The channel chosen when the app was installed (<c>settings.selectedChannel.id</c>).</param>
/// <param name="SourceName">Where an invoke came from, e.g. <c>compose</c> (<c>source.name</c>).</param>
public sealed record TeamsChannelData(
    string? TenantId,
    TeamsTeamInfo? Team,
    TeamsChannelInfo? Channel,
    string? EventType,
    string? SelectedChannelId,
    string? SourceName)
{
    /// <summary>Channel data with nothing in it.</summary>
    public static TeamsChannelData Empty { get; } = new(null, null, null, null, null, null);
}
