using System.Net;
using System.Text.RegularExpressions;

namespace ModerationBot.BotFramework.Activities;

/// <summary>
/// Turns the HTML Teams uses for message bodies (message action payloads, <c>textFormat: xml</c>) into plain text:
/// paragraphs and line breaks become new lines, mentions and emoji keep their visible text, entities are decoded.
/// </summary>
public static partial class HtmlText
{
    /// <summary>The visible text of <paramref name="html"/>, with lines trimmed and blank lines collapsed.</summary>
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return string.Empty;
        }

        var text = LineBreak().Replace(html, "\n");
        text = ImageWithAlt().Replace(text, match => match.Groups["alt"].Value);
        text = Tag().Replace(text, string.Empty);
        text = WebUtility.HtmlDecode(text).Replace('\u00A0', ' ').Replace("\r\n", "\n", StringComparison.Ordinal);

        var lines = text.Split('\n').Select(line => Spaces().Replace(line, " ").Trim());
        var joined = string.Join('\n', lines);
        return BlankLines().Replace(joined, "\n\n").Trim();
    }

    [GeneratedRegex("<br\\s*/?>|</(?:p|div|li|h[1-6]|tr|blockquote)\\s*>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LineBreak();

    [GeneratedRegex("<img\\b[^>]*?\\balt=\"(?<alt>[^\"]*)\"[^>]*>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ImageWithAlt();

    [GeneratedRegex("<[^>]*>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tag();

    [GeneratedRegex("[ \\t]+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Spaces();

    [GeneratedRegex("\\n{3,}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BlankLines();
}
