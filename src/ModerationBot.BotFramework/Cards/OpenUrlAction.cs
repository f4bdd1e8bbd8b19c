namespace ModerationBot.BotFramework.Cards;

/// <summary><c>Action.OpenUrl</c>: opens a link in the browser.</summary>
public sealed class OpenUrlAction : CardAction
{
    /// <summary>Creates a link button.</summary>
    public OpenUrlAction(string title, Uri url) : base(title)
    {
        ArgumentNullException.ThrowIfNull(url);
        Url = url;
    }

    public Uri Url { get; }
}
