namespace ModerationBot.Escalation.Routing;

/// <summary>What a configured person id may look like.</summary>
internal static class RoutingIds
{
    /// <summary>An Entra object id (GUID) or a Teams user id (<c>29:…</c>).</summary>
    public static bool IsUserId(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        var trimmed = id.Trim();
        return Guid.TryParse(trimmed, out _) || (trimmed.StartsWith("29:", StringComparison.Ordinal) && trimmed.Length > 3);
    }

    /// <summary>Same person, as ids are compared everywhere in the bot.</summary>
    public static bool Same(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);
}
