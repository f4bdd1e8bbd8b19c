namespace ModerationBot.Core.Guidance.Recommendations;

/// <summary>What kind of comment a reply answers; picks the reply templates.</summary>
public enum ReplyKind
{
    Question,
    Criticism,
    Praise,
}
