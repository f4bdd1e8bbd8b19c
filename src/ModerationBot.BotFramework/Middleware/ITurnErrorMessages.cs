namespace ModerationBot.BotFramework.Middleware;

/// <summary>The text sent to a person when their turn failed, in their language.</summary>
public interface ITurnErrorMessages
{
    /// <summary>A short, kind message for <paramref name="locale"/> (e.g. <c>sv-SE</c> or <c>en-US</c>).</summary>
    string GetMessage(string locale);
}
