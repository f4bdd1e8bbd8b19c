namespace ModerationBot.BotFramework.Routing.Invokes;

/// <summary>The body of a failed invoke; never contains the user's text.</summary>
/// <param name="Code">A short machine-readable code, e.g. <c>BadRequest</c>.</param>
/// <param name="Message">A description safe to show and log.</param>
public sealed record InvokeError(string Code, string Message);
