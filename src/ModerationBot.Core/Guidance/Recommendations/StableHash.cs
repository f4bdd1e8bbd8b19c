namespace ModerationBot.Core.Guidance.Recommendations;

/// <summary>
/// FNV-1a over a string: the same comment always gets the same drafts (string.GetHashCode changes per process),
/// while different comments get different ones.
/// </summary>
internal static class StableHash
{
    public static uint Of(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
