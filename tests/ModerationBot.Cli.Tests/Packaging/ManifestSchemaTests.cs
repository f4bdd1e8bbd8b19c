using System.Text.Json.Nodes;
using NJsonSchema;
using Xunit;

namespace ModerationBot.Cli.Tests.Packaging;

public sealed class ManifestSchemaTests : IDisposable
{
    private readonly PackageRunner _runner = new();

    [Fact]
    public async Task PackagedManifest_MatchesOfficialV130Schema()
    {
        _runner.Run("--app-id", PackageRunner.AppId);
        var schema = await LoadSchemaAsync("MicrosoftTeams.schema.json");

        var errors = schema.Validate(_runner.ReadZipJson("manifest.json").ToJsonString());

        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Theory]
    [InlineData("sv.json")]
    [InlineData("en.json")]
    public async Task LanguageFile_MatchesOfficialLocalizationSchema(string file)
    {
        var schema = await LoadSchemaAsync("MicrosoftTeams.Localization.schema.json");

        var errors = schema.Validate(await File.ReadAllTextAsync(Path.Combine(PackageRunner.CommittedManifestDirectory, file), TestContext.Current.CancellationToken));

        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Fact]
    public async Task Schema_ManifestWithoutBotScope_IsRejected()
    {
        _runner.Run("--app-id", PackageRunner.AppId);
        var manifest = _runner.ReadZipJson("manifest.json");
        manifest["bots"]![0]!["scopes"] = new JsonArray("personal", "everywhere");
        var schema = await LoadSchemaAsync("MicrosoftTeams.schema.json");

        Assert.NotEmpty(schema.Validate(manifest.ToJsonString()));
    }

    [Fact]
    public async Task Schema_LanguageFileWithUnknownKey_IsRejected()
    {
        var file = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(PackageRunner.CommittedManifestDirectory, "en.json"), TestContext.Current.CancellationToken))!;
        file["bots[0].commandLists[0].commands[0].titel"] = "help";
        var schema = await LoadSchemaAsync("MicrosoftTeams.Localization.schema.json");

        Assert.NotEmpty(schema.Validate(file.ToJsonString()));
    }

    public void Dispose() => _runner.Dispose();

    private static Task<JsonSchema> LoadSchemaAsync(string name) =>
        JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Packaging", "Schemas", name));
}
