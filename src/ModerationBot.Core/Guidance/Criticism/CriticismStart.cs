namespace ModerationBot.Core.Guidance.Criticism;

/// <summary>What a new criticism dialog needs to know.</summary>
/// <param name="SessionId">A fresh unique id.</param>
/// <param name="OwnerId">The person who may drive it (Entra object id, else channel user id).</param>
/// <param name="OwnerUserId">The owner's channel user id, for card refresh; <paramref name="OwnerId"/> when null.</param>
/// <param name="ConversationId">Where the card is posted.</param>
/// <param name="Language">The moderator's language.</param>
/// <param name="ReplyLanguage">The comment's language (see <see cref="CriticismLanguage.Guess"/>); the moderator's when null.</param>
/// <param name="CommentLength">The comment's length; the text itself is not kept.</param>
/// <param name="VariantSeed">Chooses among reply wordings.</param>
/// <param name="RedactedComment">The comment already masked by the caller, kept (shortened) so the card can show it; never pass clear text.</param>
public sealed record CriticismStart(
    string SessionId,
    string OwnerId,
    string? OwnerUserId,
    string ConversationId,
    string? Language,
    string? ReplyLanguage,
    int CommentLength,
    int VariantSeed,
    string? RedactedComment = null);
