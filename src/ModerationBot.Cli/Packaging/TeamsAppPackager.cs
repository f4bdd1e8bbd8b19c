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

        var manifest = ReadManifest(request.ManifestDirectory, appId, errors);
        if (manifest is null || appId is null || errors.Count > 0)
        {
            return PackageResult.Failed(errors, warnings);
        }

        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
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

        try
        {
            WriteZip(request.OutputPath, files);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add($"Could not write '{request.OutputPath}': {ex.Message}");
            return PackageResult.Failed(errors, warnings);
        }

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

    private static JsonObject? ReadManifest(string directory, string? appId, List<string> errors)
    {
        var path = Path.Combine(directory, ManifestFileName);
        if (!File.Exists(path))
        {
            errors.Add($"No {ManifestFileName} in the manifest folder '{Path.GetFullPath(directory)}'.");
            return null;
        }

        return ReadJsonObject(path, appId, errors);
    }

    // The app id is a GUID, so it can replace its placeholder in the raw text without breaking the JSON.
    private static JsonObject? ReadJsonObject(string path, string? appId, List<string> errors)
    {
        try
        {
            var text = File.ReadAllText(path);
            if (appId is not null)
            {
                text = text.Replace(AppIdPlaceholder, appId, StringComparison.Ordinal);
            }

            if (JsonNode.Parse(text) is JsonObject json)
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

    [GeneratedRegex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$")]
    private static partial Regex SemVer();
}
