using System.Text;
using Xunit;

namespace ModerationBot.Cli.Tests.Packaging;

public sealed class PackageCommandTests : IDisposable
{
    private readonly PackageRunner _runner = new();

    [Fact]
    public void Package_ValidAppId_WritesEveryFileAtTheZipRoot()
    {
        var (exitCode, output, _) = _runner.Run("--app-id", PackageRunner.AppId);

        Assert.Equal(0, exitCode);
        Assert.Contains("app.zip", output, StringComparison.Ordinal);
        Assert.Equal(["color.png", "en.json", "manifest.json", "outline.png", "sv.json"], _runner.ReadZip().Keys.Order());
    }

    [Fact]
    public void Package_ValidAppId_ReplacesThePlaceholderEverywhere()
    {
        _runner.Run("--app-id", PackageRunner.AppId.ToUpperInvariant());

        var manifest = _runner.ReadZipJson("manifest.json");
        Assert.Equal(PackageRunner.AppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(PackageRunner.AppId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(PackageRunner.AppId, manifest["composeExtensions"]![0]!["botId"]!.GetValue<string>());
        Assert.All(_runner.ReadZip().Where(entry => entry.Key.EndsWith(".json", StringComparison.Ordinal)), entry =>
            Assert.DoesNotContain("{{", Encoding.UTF8.GetString(entry.Value), StringComparison.Ordinal));
    }

    [Fact]
    public void Package_Version_IsWrittenToTheManifest()
    {
        _runner.Run("--app-id", PackageRunner.AppId, "--version", "2.3.4");

        Assert.Equal("2.3.4", _runner.ReadZipJson("manifest.json")["version"]!.GetValue<string>());
    }

    [Fact]
    public void Package_DeveloperPlaceholdersLeft_WarnsButPackages()
    {
        var (exitCode, _, error) = _runner.Run("--app-id", PackageRunner.AppId);

        Assert.Equal(0, exitCode);
        Assert.Contains("BYT UT", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("6f1c2a4e3b5d4c7e9f801a2b3c4d5e6f0")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public void Package_BadAppId_ExitsWithTwoAndWritesNothing(string appId)
    {
        var (exitCode, _, error) = _runner.Run("--app-id", appId);

        Assert.Equal(2, exitCode);
        Assert.Contains("is not a GUID", error, StringComparison.Ordinal);
        Assert.False(File.Exists(_runner.OutputPath));
    }

    [Fact]
    public void Package_NoAppId_ExitsWithTwoAndSaysItIsRequired()
    {
        var (exitCode, _, error) = _runner.Run();

        Assert.Equal(2, exitCode);
        Assert.Contains("--app-id is required", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Package_BadVersion_ExitsWithTwo()
    {
        var (exitCode, _, error) = _runner.Run("--app-id", PackageRunner.AppId, "--version", "1.0");

        Assert.Equal(2, exitCode);
        Assert.Contains("semantic version", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Package_OutlineIconOfWrongSize_ExitsWithTwoNamingTheSize()
    {
        File.Copy(Path.Combine(_runner.ManifestDirectory, "color.png"), Path.Combine(_runner.ManifestDirectory, "outline.png"), overwrite: true);

        var (exitCode, _, error) = _runner.Run("--app-id", PackageRunner.AppId);

        Assert.Equal(2, exitCode);
        Assert.Contains("192x192; Teams needs 32x32", error, StringComparison.Ordinal);
        Assert.False(File.Exists(_runner.OutputPath));
    }

    [Fact]
    public void Package_LanguageFileMissing_ExitsWithTwoNamingTheFile()
    {
        File.Delete(Path.Combine(_runner.ManifestDirectory, "en.json"));

        var (exitCode, _, error) = _runner.Run("--app-id", PackageRunner.AppId);

        Assert.Equal(2, exitCode);
        Assert.Contains("'en.json'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Package_ManifestFolderMissing_ExitsWithTwo()
    {
        Directory.Delete(_runner.ManifestDirectory, recursive: true);

        var (exitCode, _, error) = _runner.Run("--app-id", PackageRunner.AppId);

        Assert.Equal(2, exitCode);
        Assert.Contains("No manifest.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Package_OutputIsAFolder_ExitsWithTwoAndSaysWhy()
    {
        Directory.CreateDirectory(_runner.OutputPath);

        var (exitCode, _, error) = _runner.Run("--app-id", PackageRunner.AppId);

        Assert.Equal(2, exitCode);
        Assert.Contains("Could not write", error, StringComparison.Ordinal);
    }

    public void Dispose() => _runner.Dispose();
}
