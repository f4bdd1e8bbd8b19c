namespace ModerationBot.Core.Analysis.PersonalData.Scanning;

/// <summary>Finds URLs (http://, https://, www.) so that numbers in paths and queries are not read as personal data.</summary>
internal static class UrlScanner
{
    public static List<(int Start, int End)> Find(string text)
    {
        var urls = new List<(int Start, int End)>();
        var i = 0;
        while (i < text.Length)
        {
            var next = NextStart(text, i);
            if (next < 0)
            {
                break;
            }

            var end = next;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            urls.Add((next, end));
            i = end;
        }

        return urls;
    }

    private static int NextStart(string text, int from)
    {
        var span = text.AsSpan(from);
        var http = span.IndexOf("http", StringComparison.OrdinalIgnoreCase);
        var www = span.IndexOf("www.", StringComparison.OrdinalIgnoreCase);
        while (http >= 0 && !span[http..].StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            && !span[http..].StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            var more = span[(http + 4)..].IndexOf("http", StringComparison.OrdinalIgnoreCase);
            http = more < 0 ? -1 : http + 4 + more;
        }

        var first = (http, www) switch
        {
            (< 0, < 0) => -1,
            (< 0, _) => www,
            (_, < 0) => http,
            _ => Math.Min(http, www),
        };
        return first < 0 ? -1 : from + first;
    }
}
