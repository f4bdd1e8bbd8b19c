namespace ModerationBot.Escalation;

/// <summary>Who checked a comment and may escalate it.</summary>
/// <param name="UserId">Teams user id (<c>29:…</c>).</param>
/// <param name="AadObjectId">Entra object id, when the channel sent it.</param>
internal sealed record EscalationReporter(string UserId, string? AadObjectId)
{
    public override string ToString() => "EscalationReporter { ids omitted }";
}
