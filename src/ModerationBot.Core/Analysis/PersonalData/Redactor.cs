using System.Text;
using System.Text.Json;

namespace ModerationBot.Core.Analysis.PersonalData;

/// <summary>Replaces personal and sensitive spans with typed placeholders such as <c>[personnummer]</c> or <c>[phone]</c>.</summary>
public static class Redactor
{
    /// <summary>The placeholder key of a personal data type: its snake_case id, e.g. <c>personal_identity_number</c>.</summary>
    public static string PlaceholderKey(PersonalDataType t) => JsonNamingPolicy.SnakeCaseLower.ConvertName(t.ToString());

    /// <summary>The placeholder key of a sensitive category: its snake_case id, e.g. <c>sex_life_orientation</c>.</summary>
    public static string PlaceholderKey(SensitiveCategory c) => JsonNamingPolicy.SnakeCaseLower.ConvertName(c.ToString());

    /// <summary>
    /// Returns <paramref name="text"/> with each span (UTF-16 offsets, end exclusive) replaced by the placeholder of its key,
    /// in Swedish unless <paramref name="language"/> starts with "en". Overlapping spans merge into one
    /// placeholder, that of the longest span in the group.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A span lies outside the text or ends before it starts.</exception>
    /// <exception cref="ArgumentException">A span has an unknown placeholder key.</exception>
    public static string Redact(string text, IEnumerable<(int Start, int End, string PlaceholderKey)> spans, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        var ordered = Validate(text, spans);
        if (ordered.Count == 0)
        {
            return text;
        }

        ordered.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var builder = new StringBuilder(text.Length);
        var copied = 0;
        var i = 0;
        while (i < ordered.Count)
        {
            var (start, end, key) = ordered[i];
            var longest = end - start;
            for (i++; i < ordered.Count && ordered[i].Start < end; i++)
            {
                if (ordered[i].End - ordered[i].Start > longest)
                {
                    longest = ordered[i].End - ordered[i].Start;
                    key = ordered[i].PlaceholderKey;
                }

                end = Math.Max(end, ordered[i].End);
            }

            RedactionPlaceholders.TryGet(key, out var placeholder);
            builder.Append(text, copied, start - copied).Append(placeholder.For(language));
            copied = end;
        }

        return builder.Append(text, copied, text.Length - copied).ToString();
    }

    private static List<(int Start, int End, string PlaceholderKey)> Validate(
        string text, IEnumerable<(int Start, int End, string PlaceholderKey)> spans)
    {
        var list = new List<(int Start, int End, string PlaceholderKey)>();
        foreach (var span in spans)
        {
            if (span.Start < 0 || span.End > text.Length || span.End < span.Start)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(spans), $"Span {span.Start}..{span.End} does not fit a text of length {text.Length}.");
            }

            if (span.PlaceholderKey is null || !RedactionPlaceholders.TryGet(span.PlaceholderKey, out _))
            {
                throw new ArgumentException($"Unknown placeholder key '{span.PlaceholderKey}'.", nameof(spans));
            }

            if (span.End > span.Start)
            {
                list.Add(span);
            }
        }

        return list;
    }
}
