namespace ModerationBot.BotFramework.Activities;

/// <summary>A channel as named in Teams channel data.</summary>
/// <param name="Id">The channel's thread id.</param>
/// <param name="Name">The display name; Teams leaves it out for the General channel.</param>
public sealed record TeamsChannelInfo(string? Id, string? Name);
