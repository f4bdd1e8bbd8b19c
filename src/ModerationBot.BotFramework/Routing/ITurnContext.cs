using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Connector;

namespace ModerationBot.BotFramework.Routing;

/// <summary>One turn: the inbound activity, how to answer in its conversation, and per-turn state.</summary>
public interface ITurnContext
{
    /// <summary>The inbound activity (bot mentions already removed from its text).</summary>
    Activity Activity { get; }

    /// <summary>The locale to answer in, e.g. <c>sv-SE</c> or <c>en-US</c>; set by the locale middleware.</summary>
    string Locale { get; set; }

    /// <summary>Values shared by middleware and handlers during this turn.</summary>
    IDictionary<string, object> TurnState { get; }

    /// <summary>True once anything was sent in reply or an invoke response was set.</summary>
    bool Responded { get; }

    /// <summary>The synchronous answer to an invoke activity, written to the HTTP response.</summary>
    InvokeResponse? InvokeResponse { get; set; }

    /// <summary>Sends an activity to the turn's conversation (as a reply to the inbound activity).</summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken ct);

    /// <summary>Replaces an activity the bot sent earlier in this conversation.</summary>
    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken ct);

    /// <summary>Deletes an activity the bot sent earlier in this conversation.</summary>
    Task DeleteActivityAsync(string activityId, CancellationToken ct);
}
