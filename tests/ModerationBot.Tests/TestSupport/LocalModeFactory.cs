namespace ModerationBot.Tests.TestSupport;

/// <summary>The host without an app id (local mode), as Agents Playground talks to it.</summary>
public sealed class LocalModeFactory : ModerationBotFactory
{
    protected override bool LocalMode => true;
}
