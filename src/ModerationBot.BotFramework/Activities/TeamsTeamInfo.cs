namespace ModerationBot.BotFramework.Activities;

/// <summary>A team as named in Teams channel data.</summary>
/// <param name="Id">The team's thread id (<c>19:…@thread.tacv2</c>).</param>
/// <param name="Name">The display name, when Teams sends it.</param>
/// <param name="AadGroupId">The Microsoft 365 group behind the team.</param>
public sealed record TeamsTeamInfo(string? Id, string? Name, string? AadGroupId);
