using System.Text.Json.Nodes;
using Xunit;

namespace ModerationBot.Cli.Tests.Packaging;

/// <summary>What a Teams user sees from the manifest: scopes, commands and the message action in both languages.</summary>
public sealed class ManifestContentTests
{
    private static readonly JsonObject s_manifest = Load("manifest.json");
    private static readonly JsonObject s_swedish = Load("sv.json");
    private static readonly JsonObject s_english = Load("en.json");

    [Fact]
    public void Bot_Scopes_ArePersonalTeamAndGroupChat()
    {
        var scopes = s_manifest["bots"]![0]!["scopes"]!.AsArray().Select(scope => scope!.GetValue<string>());

        Assert.Equal(["groupChat", "personal", "team"], scopes.Order());
    }

    [Fact]
    public void MessageAction_CheckComment_IsAnActionOnMessagesThatFetchesADialog()
    {
        var command = s_manifest["composeExtensions"]![0]!["commands"]![0]!;

        Assert.Equal("checkComment", command["id"]!.GetValue<string>());
        Assert.Equal("action", command["type"]!.GetValue<string>());
        Assert.Equal(["message"], command["context"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.True(command["fetchTask"]!.GetValue<bool>());
        Assert.Equal("Granska kommentar", s_swedish["composeExtensions[0].commands[0].title"]!.GetValue<string>());
        Assert.Equal("Check comment", s_english["composeExtensions[0].commands[0].title"]!.GetValue<string>());
    }

    [Fact]
    public void Commands_Help_IsListedInBothLanguages()
    {
        Assert.Equal("hjälp", s_swedish["bots[0].commandLists[0].commands[0].title"]!.GetValue<string>());
        Assert.Equal("help", s_english["bots[0].commandLists[0].commands[0].title"]!.GetValue<string>());
    }

    [Fact]
    public void Commands_Report_IsListedInBothLanguagesWithTheWordsTheBotUnderstands()
    {
        Assert.Equal("anmäl", s_swedish["bots[0].commandLists[0].commands[3].title"]!.GetValue<string>());
        Assert.Equal("report", s_english["bots[0].commandLists[0].commands[3].title"]!.GetValue<string>());
        Assert.Contains("trakasserier", s_swedish["bots[0].commandLists[0].commands[3].description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void LanguageFiles_SwedishAndEnglish_TranslateTheSameStrings()
    {
        Assert.Equal(Keys(s_swedish), Keys(s_english));
        Assert.All(s_english.Where(p => p.Key != "$schema"), p => Assert.False(string.IsNullOrWhiteSpace(p.Value!.GetValue<string>()), p.Key));
    }

    [Fact]
    public void SwedishFile_AgreesWithTheManifestsOwnStrings()
    {
        foreach (var key in Keys(s_swedish))
        {
            Assert.Equal(s_swedish[key]!.GetValue<string>(), ManifestValue(key));
        }
    }

    [Fact]
    public void LocalizationInfo_DefaultIsSwedishWithEnglishAdded()
    {
        var info = s_manifest["localizationInfo"]!;

        Assert.Equal("sv-se", info["defaultLanguageTag"]!.GetValue<string>());
        Assert.Equal("en", info["additionalLanguages"]![0]!["languageTag"]!.GetValue<string>());
    }

    private static List<string> Keys(JsonObject json) => [.. json.Select(p => p.Key).Where(key => key != "$schema").Order()];

    // Localization keys are paths like "bots[0].commandLists[0].commands[0].title" into the manifest.
    private static string? ManifestValue(string key)
    {
        JsonNode? node = s_manifest;
        var segments = key.StartsWith("name.", StringComparison.Ordinal) || key.StartsWith("description.", StringComparison.Ordinal)
            ? key.Split('.')
            : key.Replace("[", ".[", StringComparison.Ordinal).Split('.');
        foreach (var segment in segments)
        {
            node = segment.StartsWith('[') ? node?[int.Parse(segment.Trim('[', ']'), System.Globalization.CultureInfo.InvariantCulture)] : node?[segment];
        }

        return node?.GetValue<string>();
    }

    private static JsonObject Load(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(PackageRunner.CommittedManifestDirectory, file)))!.AsObject();
}
