namespace ModerationBot.BotFramework.Routing;

/// <summary>The HTTP status and JSON body that answer an invoke activity.</summary>
public sealed record InvokeResponse(int Status, object? Body);
