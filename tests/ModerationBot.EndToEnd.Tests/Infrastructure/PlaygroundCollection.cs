namespace ModerationBot.EndToEnd.Tests.Infrastructure;

/// <summary>The browser tests, run one after another against one shared <see cref="PlaygroundSession"/>.</summary>
[CollectionDefinition(Name)]
public sealed class PlaygroundCollection : ICollectionFixture<PlaygroundSession>
{
    public const string Name = "Agents Playground";
}
