namespace ModerationBot.Cli.Packaging;

/// <summary>What to package: the manifest folder, the real app id and where to write the zip.</summary>
internal sealed record PackageRequest(string? AppId, string ManifestDirectory, string OutputPath, string? Version);
