using System.CommandLine;

namespace ModerationBot.Cli.Packaging;

/// <summary><c>moderationbot package</c>: builds the Teams app zip to upload, with the real app id.</summary>
public static class PackageCommand
{
    public const int BadInputExitCode = 2;

    public static Command Create()
    {
        // Required is checked by the packager, not the parser, so a missing id gets the same clear message and exit code 2.
        var appId = new Option<string?>("--app-id") { Description = "Microsoft App ID of the Azure Bot (a GUID); used as the Teams app id and bot id." };
        var manifestDirectory = new Option<string>("--manifest-dir") { Description = "Folder with manifest.json, icons and language files.", DefaultValueFactory = _ => "manifest" };
        var output = new Option<string>("--output", "-o") { Description = "Where to write the zip.", DefaultValueFactory = _ => "moderationbot-teams-app.zip" };
        var version = new Option<string?>("--version") { Description = "App version to write into the manifest (semantic version, e.g. 1.0.0); the manifest's own version when left out." };

        var command = new Command("package", "Package the Teams app (manifest, icons, sv/en texts) into a zip ready to upload.")
        {
            appId, manifestDirectory, output, version,
        };
        command.SetAction(parseResult =>
        {
            var request = new PackageRequest(
                parseResult.GetValue(appId),
                parseResult.GetValue(manifestDirectory)!,
                parseResult.GetValue(output)!,
                parseResult.GetValue(version));
            return Report(TeamsAppPackager.Package(request), request, parseResult.InvocationConfiguration);
        });
        return command;
    }

    private static int Report(PackageResult result, PackageRequest request, InvocationConfiguration console)
    {
        foreach (var warning in result.Warnings)
        {
            console.Error.WriteLine($"warning: {warning}");
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                console.Error.WriteLine($"error: {error}");
            }

            console.Error.WriteLine("No package was written.");
            return BadInputExitCode;
        }

        console.Output.WriteLine($"Wrote {Path.GetFullPath(request.OutputPath)}: {string.Join(", ", result.Files)}");
        return 0;
    }
}
