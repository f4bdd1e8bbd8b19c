using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ModerationBot.Cli.Packaging;

/// <summary>
/// Turns the manifest folder into the zip Teams accepts: the real app id and version filled in,
/// icons and language files checked, every file at the zip's root.
/// </summary>
internal static partial class TeamsAppPackager
{
    public const string AppIdPlaceholder = "{{MICROSOFT_APP_ID}}";
    private const string ManifestFileName = "manifest.json";

    private static readonly JsonSerializerOptions s_writeOptions = new()
    {
        WriteIndented = true,
        // Keep Swedish letters readable in the packaged files; the zip is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static PackageResult Package(PackageRequest request)
    {
        var errors = new List<string>();
        var warnings = new List<string>();
        var appId = ValidateAppId(request.AppId, errors);
        if (request.Version is not null && !SemVer().IsMatch(request.Version))
        {
            errors.Add($"--version '{request.Version}' is not a semantic version such as 1.0.0.");
        }

        var manifest = ReadManifest(request.ManifestDirectory, errors);
        if (manifest is null || appId is null || errors.Count > 0)
        {
            return PackageResult.Failed(errors, warnings);
        }

        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        Substitute(manifest, appId);
        if (request.Version is not null)
        {
            manifest["version"] = request.Version;
        }

        files[ManifestFileName] = JsonSerializer.SerializeToUtf8Bytes(manifest, s_writeOptions);
        AddIcons(manifest, request.ManifestDirectory, files, errors);
        AddLanguageFiles(manifest, request.ManifestDirectory, appId, files, errors);
        CheckPlaceholders(files, errors, warnings);
        if (errors.Count > 0)
        {
            return PackageResult.Failed(errors, warnings);
        }

        WriteZip(request.OutputPath, files);
        return new PackageResult(errors, warnings, [.. files.Keys]);
    }

    private static string? ValidateAppId(string? appId, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(appId))
        {
            errors.Add("--app-id is required: the Microsoft App ID of the Azure Bot, a GUID such as 00000000-0000-0000-0000-000000000000.");
            return null;
        }

        if (!Guid.TryParseExact(appId.Trim(), "D", out var guid) || guid == Guid.Empty)
        {
            errors.Add($"--app-id '{appId}' is not a GUID such as 6f1c2a4e-3b5d-4c7e-9f80-1a2b3c4d5e6f.");
            return null;
        }

        return guid.ToString("D");
    }

    private static JsonObject? ReadManifest(string directory, List<string> errors)
    {
        var path = Path.Combine(directory, ManifestFileName);
        if (!File.Exists(path))
        {
            errors.Add($"No {ManifestFileName} in the manifest folder '{Path.GetFullPath(directory)}'.");
            return null;
        }

        return ReadJsonObject(path, errors);
    }

    private static JsonObject? ReadJsonObject(string path, List<string> errors)
    {
        try
        {
            if (JsonNode.Parse(File.ReadAllText(path)) is JsonObject json)
            {
                return json;
            }

            errors.Add($"{Path.GetFileName(path)} must contain a JSON object.");
        }
        catch (JsonException ex)
        {
            errors.Add($"{Path.GetFileName(path)} is not valid JSON: {ex.Message}");
        }

        return null;
    }

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
            var json = path is null ? null : ReadJsonObject(path, errors);
            if (json is not null)
            {
                Substitute(json, appId);
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

    private static void Substitute(JsonNode node, string appId)
    {
        switch (node)
        {
            case JsonObject json:
                foreach (var (name, child) in json.ToList())
                {
                    if (child is JsonValue leaf && leaf.TryGetValue<string>(out var text) && text.Contains(AppIdPlaceholder, StringComparison.Ordinal))
                    {
                        json[name] = text.Replace(AppIdPlaceholder, appId, StringComparison.Ordinal);
                    }
                    else if (child is not null)
                    {
                        Substitute(child, appId);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue leaf && leaf.TryGetValue<string>(out var text) && text.Contains(AppIdPlaceholder, StringComparison.Ordinal))
                    {
                        array[i] = text.Replace(AppIdPlaceholder, appId, StringComparison.Ordinal);
                    }
                    else if (array[i] is { } child)
                    {
                        Substitute(child, appId);
                    }
                }

                break;
        }
    }

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
        using (var zip = ZipFile.Open(temporary, ZipArchiveMode.Create))
        {
            foreach (var (name, content) in files)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(content);
            }
        }

        File.Move(temporary, fullPath, overwrite: true);
    }

    [GeneratedRegex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$")]
    private static partial Regex SemVer();

    [GeneratedRegex(@"\{\{[A-Z0-9_]+\}\}")]
    private static partial Regex Placeholder();
}
