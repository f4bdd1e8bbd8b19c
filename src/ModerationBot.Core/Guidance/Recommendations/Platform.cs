namespace ModerationBot.Core.Guidance.Recommendations;

/// <summary>The social media platform a comment was posted on; removal options differ between them.</summary>
public enum Platform
{
    Facebook,
    Instagram,
    X,
    LinkedIn,
    YouTube,
    Other,
}
