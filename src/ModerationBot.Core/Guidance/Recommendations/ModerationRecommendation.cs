using ModerationBot.Core.Analysis;

namespace ModerationBot.Core.Guidance.Recommendations;

/// <summary>
/// What the moderator should do with one comment. Nothing here holds the comment's clear text:
/// drafts are written from templates and the analysis's redacted text.
/// </summary>
/// <param name="Verdict">The one-line conclusion.</param>
/// <param name="Action">The recommended action (<see cref="ModerationAction.None"/> is never returned; such comments get a reply).</param>
/// <param name="Platform">The platform the steps were written for.</param>
/// <param name="Language">The comment's language (<c>sv</c> or <c>en</c>); drafts are written in it.</param>
/// <param name="Comment">The comment as it may be shown: the analysis's redacted text, with any long digit run it missed masked too.</param>
/// <param name="Findings">The findings to show, one per kind, most serious first.</param>
/// <param name="Steps">Ordered steps for <paramref name="Action"/>, platform notes included.</param>
/// <param name="ReplyDrafts">Two or three varied reply drafts signed by the organisation; empty unless replying.</param>
/// <param name="Registration">Registration advice.</param>
/// <param name="RegistrarNote">Text for the case-management system; null when nothing is removed or escalated.</param>
/// <param name="AuthorMessage">Message telling the writer why the comment was removed; null unless removing.</param>
public sealed record ModerationRecommendation(
    Verdict Verdict,
    ModerationAction Action,
    Platform Platform,
    string Language,
    string Comment,
    IReadOnlyList<RecommendedFinding> Findings,
    IReadOnlyList<RecommendationStep> Steps,
    IReadOnlyList<string> ReplyDrafts,
    RegistrationAdvice Registration,
    string? RegistrarNote,
    string? AuthorMessage);
