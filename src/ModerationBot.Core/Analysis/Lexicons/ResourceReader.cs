using System.Reflection;

namespace ModerationBot.Core.Analysis.Lexicons;

/// <summary>Opens the engine's embedded data files by file name.</summary>
internal static class ResourceReader
{
    private static readonly Assembly Assembly = typeof(ResourceReader).Assembly;

    public static Stream Open(string fileName)
    {
        foreach (var name in Assembly.GetManifestResourceNames())
        {
            if (name.EndsWith("." + fileName, StringComparison.Ordinal))
            {
                return Assembly.GetManifestResourceStream(name)!;
            }
        }

        throw new InvalidDataException($"Embedded resource {fileName} is missing.");
    }
}
