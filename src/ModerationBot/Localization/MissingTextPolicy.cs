namespace ModerationBot.Localization;

/// <summary>What happens when a text key or a named argument is missing.</summary>
public enum MissingTextPolicy
{
    /// <summary>Use Swedish, then the key itself: a user sees a slightly odd text instead of an error.</summary>
    Fallback,

    /// <summary>Throw, so tests fail on the first missing text.</summary>
    Throw,
}
