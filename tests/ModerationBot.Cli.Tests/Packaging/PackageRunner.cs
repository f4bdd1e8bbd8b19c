using System.CommandLine;
using System.IO.Compression;
using System.Text.Json.Nodes;
using ModerationBot.Cli.Packaging;

namespace ModerationBot.Cli.Tests.Packaging;

/// <summary>Runs <c>moderationbot package</c> in process against a copy of the committed manifest folder.</summary>
internal sealed class PackageRunner : IDisposable
{
    public const string AppId = "6f1c2a4e-3b5d-4c7e-9f80-1a2b3c4d5e6f";

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("package-");

    public PackageRunner()
    {
        ManifestDirectory = Path.Combine(_root.FullName, "manifest");
        Directory.CreateDirectory(ManifestDirectory);
        foreach (var file in Directory.GetFiles(CommittedManifestDirectory))
        {
            File.Copy(file, Path.Combine(ManifestDirectory, Path.GetFileName(file)));
        }

        OutputPath = Path.Combine(_root.FullName, "out", "app.zip");
    }

    public static string CommittedManifestDirectory => Path.Combine(AppContext.BaseDirectory, "manifest");

    public string ManifestDirectory { get; }

    public string OutputPath { get; }

    public (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand { PackageCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = root.Parse(["package", "--manifest-dir", ManifestDirectory, "--output", OutputPath, .. args])
            .Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    public Dictionary<string, byte[]> ReadZip()
    {
        using var zip = ZipFile.OpenRead(OutputPath);
        return zip.Entries.ToDictionary(entry => entry.FullName, entry =>
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    public JsonObject ReadZipJson(string name) => JsonNode.Parse(ReadZip()[name])!.AsObject();

    public void Dispose() => _root.Delete(recursive: true);
}
