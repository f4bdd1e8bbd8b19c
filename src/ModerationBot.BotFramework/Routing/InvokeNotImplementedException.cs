namespace ModerationBot.BotFramework.Routing;

// Thrown by the base invoke methods so that an invoke the bot does not override ends as 501, as in the
// Bot Framework SDK; it never leaves ActivityHandler.
internal sealed class InvokeNotImplementedException : Exception
{
    public InvokeNotImplementedException()
        : base("The bot does not handle this invoke.")
    {
    }
}
