using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Dialogs.Criticism;

/// <summary>A host on a SQLite directory chosen by the test, so a second host can open what the first one stored.</summary>
internal sealed class RestartableFactory(string dataDirectory) : ModerationBotFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraConfiguration() =>
        [new("Storage:DataDirectory", dataDirectory)];
}
