namespace ModerationBot.Core.Guidance.Criticism;

/// <summary>
/// A criticism dialog in progress, serialisable as stored state. It never holds the comment in clear: only its
/// length and language, and a masked excerpt when the caller already redacted it (the check result does).
/// </summary>
public sealed record CriticismSession
{
    /// <summary>The session id, used as the state key and in every card button.</summary>
    public required string Id { get; init; }

    /// <summary>Who may drive the dialog: the Entra object id when known, else the channel user id.</summary>
    public required string OwnerId { get; init; }

    /// <summary>The owner's channel user id (<c>29:…</c> in Teams), which card refresh needs.</summary>
    public required string OwnerUserId { get; init; }

    /// <summary>The conversation the card was posted in.</summary>
    public required string ConversationId { get; init; }

    /// <summary>The id of the posted card, once known, so it can be updated for every device.</summary>
    public string? CardActivityId { get; init; }

    /// <summary>The language the moderator reads (<c>sv</c> or <c>en</c>).</summary>
    public required string Language { get; init; }

    /// <summary>The language of the comment, which the drafted reply is written in.</summary>
    public required string ReplyLanguage { get; init; }

    /// <summary>Length of the comment in characters (0 when none was given); the text is not kept.</summary>
    public int CommentLength { get; init; }

    /// <summary>The comment with personal and sensitive data masked, at most <see cref="CriticismDialog.MaxExcerptLength"/> characters; null when not given.</summary>
    public string? RedactedExcerpt { get; init; }

    /// <summary>Picks among the reply wordings, so replies vary between sessions but stay stable within one.</summary>
    public int VariantSeed { get; init; }

    /// <summary>The current step.</summary>
    public CriticismStep Step { get; init; }

    /// <summary>Answers so far, oldest first; going back removes the last.</summary>
    public IReadOnlyList<CriticismAnswer> Answers { get; init; } = [];

    /// <summary>When the dialog was started.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the dialog last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Increases with every change; a button carrying an older version is stale.</summary>
    public int Version { get; init; }

    /// <summary>True once the dialog reached the summary or was cancelled.</summary>
    public bool IsClosed => Step is CriticismStep.Summary or CriticismStep.Cancelled;

    /// <summary>The option chosen at <paramref name="step"/>, or null when it was not answered.</summary>
    public string? AnswerTo(CriticismStep step) => Answers.LastOrDefault(answer => answer.Step == step)?.Option;
}
