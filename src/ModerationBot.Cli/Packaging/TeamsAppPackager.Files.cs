using System.Text.Json;
using System.Text.Json.Nodes;

namespace ModerationBot.Cli.Packaging;

// Icons and language files named by the manifest.
internal static partial class TeamsAppPackager
{
    private static void AddIcons(JsonObject manifest, string directory, IDictionary<string, byte[]> files, List<string> errors)
    {
        AddIcon(manifest["icons"]?["color"], "color", 192, mustBeTransparent: false, directory, files, errors);
        AddIcon(manifest["icons"]?["outline"], "outline", 32, mustBeTransparent: true, directory, files, errors);
    }

    private static void AddIcon(JsonNode? reference, string role, int size, bool mustBeTransparent, string directory, IDictionary<string, byte[]> files, List<string> errors)
    {
        var path = ResolveFile(reference, $"icons.{role}", directory, errors);
        if (path is null)
        {
            return;
        }

        var png = PngHeader.Read(path);
        if (png is null)
        {
            errors.Add($"The {role} icon '{Path.GetFileName(path)}' is not a PNG file.");
        }
        else if (png.Width != size || png.Height != size)
        {
            errors.Add($"The {role} icon '{Path.GetFileName(path)}' is {png.Width}x{png.Height}; Teams needs {size}x{size}.");
        }
        else if (mustBeTransparent && !png.HasTransparency)
        {
            errors.Add($"The {role} icon '{Path.GetFileName(path)}' has no transparency; Teams needs white on a transparent background.");
        }
        else
        {
            files[Path.GetFileName(path)] = File.ReadAllBytes(path);
        }
    }

    private static void AddLanguageFiles(JsonObject manifest, string directory, string appId, IDictionary<string, byte[]> files, List<string> errors)
    {
        var info = manifest["localizationInfo"];
        var references = new List<(JsonNode? Node, string Where)> { (info?["defaultLanguageFile"], "localizationInfo.defaultLanguageFile") };
        if (info?["additionalLanguages"] is JsonArray languages)
        {
            references.AddRange(languages.Select((language, i) => (language?["file"], $"localizationInfo.additionalLanguages[{i}].file")));
        }

        foreach (var (node, where) in references)
        {
            if (node is null && where.EndsWith("defaultLanguageFile", StringComparison.Ordinal))
            {
                continue;
            }

            var path = ResolveFile(node, where, directory, errors);
            var json = path is null ? null : ReadJsonObject(path, appId, errors);
            if (json is not null)
            {
                files[Path.GetFileName(path!)] = JsonSerializer.SerializeToUtf8Bytes(json, s_writeOptions);
            }
        }
    }

    // Teams reads the files from the zip's root, so the manifest may only name plain files in its folder.
    private static string? ResolveFile(JsonNode? reference, string where, string directory, List<string> errors)
    {
        var name = reference is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add($"manifest.json has no file name at {where}.");
            return null;
        }

        if (name != Path.GetFileName(name))
        {
            errors.Add($"{where} '{name}' must be a plain file name: Teams reads every file from the zip's root.");
            return null;
        }

        var path = Path.Combine(directory, name);
        if (!File.Exists(path))
        {
            errors.Add($"{where} names '{name}', which is not in the manifest folder.");
            return null;
        }

        return path;
    }
}
