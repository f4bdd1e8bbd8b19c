using System.Text.Json;
using ModerationBot.Core.Guidance.Criticism;

namespace ModerationBot.Tests.Dialogs.Criticism;

/// <summary>Reads what a person sees on a criticism card.</summary>
internal static class CriticismCards
{
    /// <summary>Every text on the card, in order, including text inside containers.</summary>
    public static IReadOnlyList<string> Texts(JsonElement card) => [.. Texts(card.GetProperty("body").EnumerateArray())];

    public static bool Shows(JsonElement card, string text) => Texts(card).Any(t => t.Contains(text, StringComparison.Ordinal));

    /// <summary>True when the card shows the title of <paramref name="step"/> in <paramref name="language"/>.</summary>
    public static bool IsAt(JsonElement card, CriticismStep step, string language) =>
        Texts(card).Contains(CriticismContent.For(language).Steps[step].Title);

    public static IReadOnlyList<string> Verbs(JsonElement card) =>
        card.TryGetProperty("actions", out var actions)
            ? [.. actions.EnumerateArray().Select(a => a.GetProperty("verb").GetString()!)]
            : [];

    public static JsonElement ActionData(JsonElement card, string verb, string? option)
    {
        var action = card.GetProperty("actions").EnumerateArray().Single(a =>
            a.GetProperty("verb").GetString() == verb
            && (option is null || a.GetProperty("data").GetProperty("option").GetString() == option));
        return action.GetProperty("data").Clone();
    }

    public static string SessionId(JsonElement card) =>
        card.GetProperty("refresh").GetProperty("action").GetProperty("data").GetProperty("sessionId").GetString()!;

    private static IEnumerable<string> Texts(IEnumerable<JsonElement> elements)
    {
        foreach (var element in elements)
        {
            if (element.TryGetProperty("text", out var text))
            {
                yield return text.GetString()!;
            }

            if (element.TryGetProperty("items", out var items))
            {
                foreach (var inner in Texts(items.EnumerateArray()))
                {
                    yield return inner;
                }
            }
        }
    }
}
