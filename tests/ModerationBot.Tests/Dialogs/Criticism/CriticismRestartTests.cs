using ModerationBot.Core.Guidance.Criticism;
using ModerationBot.Dialogs.Criticism;
using static ModerationBot.Tests.Dialogs.Criticism.CriticismCards;

namespace ModerationBot.Tests.Dialogs.Criticism;

/// <summary>A dialog survives a restart of the host: the state is in the database, not in memory.</summary>
public sealed class CriticismRestartTests
{
    [Theory]
    [InlineData("sv-SE", "sv")]
    [InlineData("en-US", "en")]
    public async Task Dialog_HostRestartedMidway_ContinuesAtTheSameStep(string locale, string language)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "moderationbot-criticism-restart", Guid.NewGuid().ToString("N"));
        try
        {
            System.Text.Json.JsonElement card;
            CriticismDriver driver;
            await using (var before = new RestartableFactory(dataDirectory))
            {
                await before.InitializeAsync();
                driver = CriticismDriver.Create(before, locale);
                card = await driver.StartAsync(language == "sv" ? "kritik Varför?" : "criticism Why?");
                card = await driver.PressAsync(card, CriticismVerbs.Answer, "yes");
                card = await driver.PressAsync(card, CriticismVerbs.Answer, "yes");
                Assert.True(IsAt(card, CriticismStep.ActFast, language));
            }

            await using var after = new RestartableFactory(dataDirectory);
            await after.InitializeAsync();
            var resumed = driver.On(after);

            Assert.True(IsAt(await resumed.RefreshAsync(card), CriticismStep.ActFast, language));
            card = await resumed.PressAsync(card, CriticismVerbs.Answer, "ok");
            Assert.True(IsAt(card, CriticismStep.Demeaning, language));
            card = await resumed.PressAsync(card, CriticismVerbs.Back);
            Assert.True(IsAt(card, CriticismStep.ActFast, language));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(dataDirectory))
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
        }
    }
}
