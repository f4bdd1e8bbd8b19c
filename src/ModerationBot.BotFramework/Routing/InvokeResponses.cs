using ModerationBot.BotFramework.Routing.Invokes;

namespace ModerationBot.BotFramework.Routing;

/// <summary>Common <see cref="InvokeResponse"/> values.</summary>
public static class InvokeResponses
{
    /// <summary>200 with <paramref name="body"/> as JSON, or an empty body when it is null.</summary>
    public static InvokeResponse Ok(object? body = null) => new(200, body);

    /// <summary>400 for an invoke whose value could not be read; the body names the invoke, never the value.</summary>
    public static InvokeResponse BadRequest(string? invokeName) =>
        new(400, new InvokeError("BadRequest", $"The value of the {invokeName ?? "invoke"} activity is missing or malformed."));

    /// <summary>501 for an invoke the bot does not handle.</summary>
    public static InvokeResponse NotImplemented() => new(501, null);

    /// <summary>500 for an invoke whose handling failed.</summary>
    public static InvokeResponse Failed() => new(500, new InvokeError("InternalError", "The bot could not handle the request."));
}
