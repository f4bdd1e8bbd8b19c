namespace ModerationBot.BotFramework.Routing;

/// <summary>The bot: handles one turn, i.e. one inbound activity.</summary>
public interface IBot
{
    /// <summary>Handles the activity in <paramref name="turnContext"/>.</summary>
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken ct);
}
