namespace ModerationBot.Core.Cases;

/// <summary>Who reported the case.</summary>
/// <param name="TeamsUserId">The Teams user id (<c>29:...</c>) the bot talks to.</param>
/// <param name="AadObjectId">The Entra ID object id, used to find the reporter's manager.</param>
/// <param name="DisplayName">Personal data: stored encrypted, never logged, never exported.</param>
public sealed record CaseReporter(string TeamsUserId, string AadObjectId, string DisplayName)
{
    /// <summary>Ids and name left out, so a reporter that ends up in a log line or message reveals nobody.</summary>
    public override string ToString() => "CaseReporter { personal data omitted }";
}
