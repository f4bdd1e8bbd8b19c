using System.IO.Compression;
using System.Text.RegularExpressions;

namespace ModerationBot.Cli.Packaging;

// Placeholders in the JSON files and writing the zip.
internal static partial class TeamsAppPackager
{
    private static void CheckPlaceholders(IReadOnlyDictionary<string, byte[]> files, List<string> errors, List<string> warnings)
    {
        foreach (var (name, content) in files.Where(file => file.Key.EndsWith(".json", StringComparison.Ordinal)))
        {
            var text = System.Text.Encoding.UTF8.GetString(content);
            foreach (var placeholder in Placeholder().Matches(text).Select(match => match.Value).Distinct())
            {
                errors.Add($"{name} still contains the placeholder {placeholder}, which the package command does not fill.");
            }

            if (text.Contains("BYT UT", StringComparison.Ordinal) || text.Contains("BYT-UT", StringComparison.Ordinal))
            {
                warnings.Add($"{name} still has developer details marked BYT UT; fill in the municipality's name and links before publishing.");
            }
        }
    }

    private static void WriteZip(string outputPath, IReadOnlyDictionary<string, byte[]> files)
    {
        var fullPath = Path.GetFullPath(outputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        // Written beside the target and moved into place, so a failure never leaves half a package.
        var temporary = fullPath + ".tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                foreach (var (name, content) in files)
                {
                    using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                    entry.Write(content);
                }
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    [GeneratedRegex(@"\{\{[A-Z0-9_]+\}\}")]
    private static partial Regex Placeholder();
}
