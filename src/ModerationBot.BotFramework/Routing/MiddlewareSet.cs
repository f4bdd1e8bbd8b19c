namespace ModerationBot.BotFramework.Routing;

/// <summary>Runs middleware in the order added, then the bot; each middleware decides whether the turn goes on.</summary>
public sealed class MiddlewareSet : IMiddleware
{
    private readonly List<IMiddleware> _middleware;

    /// <summary>Creates a set running <paramref name="middleware"/> in enumeration order.</summary>
    public MiddlewareSet(IEnumerable<IMiddleware> middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        _middleware = [.. middleware];
    }

    /// <summary>Creates an empty set.</summary>
    public MiddlewareSet()
        : this([])
    {
    }

    /// <summary>The middleware in running order.</summary>
    public IReadOnlyList<IMiddleware> Middleware => _middleware;

    /// <summary>Appends <paramref name="middleware"/>; not safe while turns are running.</summary>
    public MiddlewareSet Use(IMiddleware middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        _middleware.Add(middleware);
        return this;
    }

    /// <summary>Runs the middleware and then <paramref name="bot"/>.</summary>
    public Task RunAsync(ITurnContext turnContext, IBot bot, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(bot);
        return RunFromAsync(0, turnContext, innerCt => bot.OnTurnAsync(turnContext, innerCt), ct);
    }

    /// <inheritdoc />
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        return RunFromAsync(0, turnContext, next, ct);
    }

    private Task RunFromAsync(int index, ITurnContext turnContext, NextDelegate last, CancellationToken ct)
    {
        if (index == _middleware.Count)
        {
            return last(ct);
        }

        return _middleware[index].OnTurnAsync(turnContext, innerCt => RunFromAsync(index + 1, turnContext, last, innerCt), ct);
    }
}
