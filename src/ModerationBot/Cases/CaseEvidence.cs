namespace ModerationBot.Cases;

/// <summary>The original evidence of a case, kept only encrypted and only as long as retention allows.</summary>
/// <param name="Text">The original comment text (or the reporter's description).</param>
/// <param name="Link">A link to the original, if any.</param>
/// <param name="Screenshots">Screenshots as data URLs or attachment URLs.</param>
public sealed record CaseEvidence(string Text, string? Link, IReadOnlyList<string> Screenshots);
