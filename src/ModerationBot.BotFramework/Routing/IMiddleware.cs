namespace ModerationBot.BotFramework.Routing;

/// <summary>Continues the turn pipeline.</summary>
public delegate Task NextDelegate(CancellationToken ct);

/// <summary>Cross-cutting work around every turn (dedupe, locale, error reply…).</summary>
public interface IMiddleware
{
    /// <summary>Does its work and calls <paramref name="next"/> to continue, or not to stop the turn.</summary>
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken ct);
}
