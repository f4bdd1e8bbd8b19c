namespace ModerationBot.Core.Analysis.PersonalData.Scanning;

/// <summary>Finds URLs (http://, https://, www.) so that numbers in paths and queries are not read as personal data.</summary>
internal static class UrlScanner
{
    public static List<(int Start, int End)> Find(string text)
    {
        var urls = new List<(int Start, int End)>();
        var http = NextHttp(text, 0);
        var www = Next(text, 0, "www.");
        while (http >= 0 || www >= 0)
        {
            var start = http < 0 ? www : www < 0 ? http : Math.Min(http, www);
            var end = start;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            urls.Add((start, end));

            // Each search resumes after the URL just read, so the text is scanned once in total.
            if (http >= 0 && http < end)
            {
                http = NextHttp(text, end);
            }

            if (www >= 0 && www < end)
            {
                www = Next(text, end, "www.");
            }
        }

        return urls;
    }

    private static int NextHttp(string text, int from)
    {
        var at = Next(text, from, "http");
        while (at >= 0 && !IsScheme(text.AsSpan(at)))
        {
            at = Next(text, at + 4, "http");
        }

        return at;
    }

    private static bool IsScheme(ReadOnlySpan<char> s) =>
        s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static int Next(string text, int from, string value)
    {
        if (from >= text.Length)
        {
            return -1;
        }

        var found = text.AsSpan(from).IndexOf(value, StringComparison.OrdinalIgnoreCase);
        return found < 0 ? -1 : from + found;
    }
}
