namespace ModerationBot.Core.Guidance.Criticism;

/// <summary>
/// The criticism routine as a state machine over <see cref="CriticismSession"/>: start, answer, back, cancel.
/// Every press names the version it was made on, so a stale card or a double click cannot skip a step.
/// </summary>
public static class CriticismDialog
{
    /// <summary>The longest masked excerpt a session keeps.</summary>
    public const int MaxExcerptLength = 500;

    /// <summary>A new session at step 1.</summary>
    public static CriticismSession Start(CriticismStart start, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentException.ThrowIfNullOrWhiteSpace(start.SessionId);
        ArgumentException.ThrowIfNullOrWhiteSpace(start.OwnerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(start.ConversationId);
        return new CriticismSession
        {
            Id = start.SessionId,
            OwnerId = start.OwnerId,
            OwnerUserId = start.OwnerUserId ?? start.OwnerId,
            ConversationId = start.ConversationId,
            Language = CriticismLanguage.Normalize(start.Language),
            ReplyLanguage = CriticismLanguage.Normalize(start.ReplyLanguage ?? start.Language),
            CommentLength = start.CommentLength,
            RedactedExcerpt = Excerpt(start.RedactedComment),
            VariantSeed = start.VariantSeed,
            Step = CriticismStep.Factual,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
    }

    /// <summary>Chooses <paramref name="option"/> at the current step, if the press was made on <paramref name="version"/>.</summary>
    public static CriticismOutcome Answer(CriticismSession session, string option, int version, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(option);
        if (Refuse(session, version) is { } refused)
        {
            return refused;
        }

        if (!CriticismFlow.IsOption(session.Step, option))
        {
            return new(CriticismOutcomeKind.InvalidOption, session);
        }

        List<CriticismAnswer> answers = [.. session.Answers, new CriticismAnswer(session.Step, option)];
        return Applied(session, answers, CriticismFlow.StepAfter(answers), now);
    }

    /// <summary>Returns to the previous step and forgets its answer.</summary>
    public static CriticismOutcome Back(CriticismSession session, int version, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (Refuse(session, version) is { } refused)
        {
            return refused;
        }

        if (session.Answers.Count == 0)
        {
            return new(CriticismOutcomeKind.AtStart, session);
        }

        List<CriticismAnswer> answers = [.. session.Answers.Take(session.Answers.Count - 1)];
        return Applied(session, answers, session.Answers[^1].Step, now);
    }

    /// <summary>Ends the dialog without advice.</summary>
    public static CriticismOutcome Cancel(CriticismSession session, int version, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        return Refuse(session, version) ?? Applied(session, session.Answers, CriticismStep.Cancelled, now);
    }

    private static string? Excerpt(string? redacted)
    {
        var trimmed = redacted?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length <= MaxExcerptLength ? trimmed : string.Concat(trimmed.AsSpan(0, MaxExcerptLength - 1), "…");
    }

    private static CriticismOutcome? Refuse(CriticismSession session, int version)
    {
        if (version != session.Version)
        {
            return new(CriticismOutcomeKind.Stale, session);
        }

        return session.IsClosed ? new(CriticismOutcomeKind.Closed, session) : null;
    }

    private static CriticismOutcome Applied(CriticismSession session, IReadOnlyList<CriticismAnswer> answers, CriticismStep step, DateTimeOffset now) =>
        new(CriticismOutcomeKind.Applied, session with
        {
            Answers = answers,
            Step = step,
            UpdatedAt = now,
            Version = session.Version + 1,
        });
}
