namespace ModerationBot.BotFramework.Routing.Invokes;

/// <summary>
/// The answer to an <c>adaptiveCard/action</c> invoke: a card that replaces the clicked one for this user,
/// a message to show, or an error.
/// </summary>
public sealed class AdaptiveCardInvokeResponse
{
    /// <summary>Response type of a replacement card.</summary>
    public const string CardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Response type of a short text message.</summary>
    public const string MessageType = "application/vnd.microsoft.activity.message";

    /// <summary>Response type of an error.</summary>
    public const string ErrorType = "application/vnd.microsoft.error";

    /// <summary>The status Teams shows the outcome with (200 on success).</summary>
    public int StatusCode { get; init; }

    /// <summary>One of <see cref="CardType"/>, <see cref="MessageType"/>, <see cref="ErrorType"/>.</summary>
    public required string Type { get; init; }

    /// <summary>The card object, the message text, or an <see cref="InvokeError"/>.</summary>
    public object? Value { get; init; }

    /// <summary>Replace the clicked card with <paramref name="card"/> (for this user only).</summary>
    public static AdaptiveCardInvokeResponse Card(object card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new() { StatusCode = 200, Type = CardType, Value = card };
    }

    /// <summary>Show <paramref name="text"/> to the user; the card stays as it is.</summary>
    public static AdaptiveCardInvokeResponse Message(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new() { StatusCode = 200, Type = MessageType, Value = text };
    }

    /// <summary>Report a failure with a status such as 400 or 500 and a safe description.</summary>
    public static AdaptiveCardInvokeResponse Error(int statusCode, string code, string message) =>
        new() { StatusCode = statusCode, Type = ErrorType, Value = new InvokeError(code, message) };
}
