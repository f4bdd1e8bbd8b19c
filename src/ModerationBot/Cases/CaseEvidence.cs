namespace ModerationBot.Cases;

/// <summary>The original evidence of a case, kept only encrypted and only as long as retention allows.</summary>
/// <param name="Text">The original comment text (or the reporter's description).</param>
/// <param name="Link">A link to the original, if any.</param>
/// <param name="Screenshots">Screenshots as data URLs or attachment URLs.</param>
/// <param name="Note">What the reporter added when reporting (free text that may name people), if anything.</param>
public sealed record CaseEvidence(string Text, string? Link, IReadOnlyList<string> Screenshots, string? Note = null);
