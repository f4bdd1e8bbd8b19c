namespace ModerationBot.Core.Analysis.PersonalData;

/// <summary>Reads the data files embedded in this assembly.</summary>
internal static class EmbeddedText
{
    public static Stream Open(string resourceName) =>
        typeof(EmbeddedText).Assembly.GetManifestResourceStream(resourceName)
        ?? throw new InvalidOperationException($"Embedded resource '{resourceName}' is missing from the build.");

    /// <summary>Non-empty lines that are not <c>#</c> comments, trimmed.</summary>
    public static IEnumerable<string> ReadLines(string resourceName)
    {
        using var reader = new StreamReader(Open(resourceName));
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                yield return trimmed;
            }
        }
    }
}
