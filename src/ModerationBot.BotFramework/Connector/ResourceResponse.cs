namespace ModerationBot.BotFramework.Connector;

/// <summary>The id the connector gave a sent activity.</summary>
public sealed record ResourceResponse(string? Id);
