using System.Text.RegularExpressions;

namespace ModerationBot.Testing.Connector;

/// <summary>
/// What a <see cref="FakeConnector"/> with <see cref="FakeConnector.StablePersonalChats"/> received for 1:1 chats:
/// asking Teams to create one, and posting into one.
/// </summary>
public static partial class PersonalChatRequests
{
    public static bool IsPost(RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Method == "POST" && request.Path.StartsWith("/v3/conversations/a%3Apersonal-", StringComparison.Ordinal)
            && request.Path.Contains("/activities", StringComparison.Ordinal);
    }

    public static bool IsCreate(RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Method == "POST" && request.Path.TrimEnd('/') == "/v3/conversations";
    }

    /// <summary>The 1:1 chat a request belongs to: the one it posts into, or the one it asks Teams to create.</summary>
    public static string ChatOf(RecordedRequest request) => IsCreate(request)
        ? FakeConnector.PersonalChatId(request.ReadJson().GetProperty("members")[0].GetProperty("id").GetString()!)
        : Uri.UnescapeDataString(request.Path.Split('/')[3]);

    /// <summary>The one case number (<c>MOD-2026-0042</c>) a request's body names; a test fails on none or several.</summary>
    public static string CaseNumberIn(RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var numbers = CaseNumber().Matches(request.Body).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
        return numbers.Count == 1
            ? numbers[0]
            : throw new InvalidOperationException($"The request names {numbers.Count} case numbers, not one.");
    }

    /// <summary>A case number anywhere in <paramref name="text"/>, or null.</summary>
    public static string? FindCaseNumber(string? text) => CaseNumber().Match(text ?? string.Empty) is { Success: true } match ? match.Value : null;

    [GeneratedRegex(@"MOD-\d{4}-\d{4,}")]
    private static partial Regex CaseNumber();
}
