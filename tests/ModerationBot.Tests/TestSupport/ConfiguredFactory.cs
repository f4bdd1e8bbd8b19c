namespace ModerationBot.Tests.TestSupport;

/// <summary>A factory with extra configuration given by the test (e.g. a bad value to see startup refuse it).</summary>
public sealed class ConfiguredFactory(IReadOnlyDictionary<string, string?> settings, bool localMode = false) : ModerationBotFactory
{
    protected override bool LocalMode => localMode;

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraConfiguration() => settings;
}
