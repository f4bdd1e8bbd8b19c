namespace ModerationBot.Cards.Escalation;

/// <summary>What the reporter filled in on the preview.</summary>
/// <param name="Platform">A value of <see cref="EscalationPlatforms"/>.</param>
/// <param name="Link">The link as entered (trimmed), null when empty.</param>
/// <param name="Note">The note (trimmed), null when empty.</param>
internal sealed record EscalationValues(string Platform, string? Link, string? Note)
{
    public static EscalationValues Empty { get; } = new(EscalationPlatforms.Other, null, null);

    public override string ToString() => $"EscalationValues {{ Platform = {Platform} }}";
}
