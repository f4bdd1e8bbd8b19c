using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Connector;

namespace ModerationBot.BotFramework.Routing;

/// <summary>
/// The turn context of one inbound activity, answering through an <see cref="IConnectorClient"/> at the
/// activity's serviceUrl.
/// </summary>
public sealed class TurnContext : ITurnContext
{
    /// <summary>The locale used until the locale middleware decides otherwise.</summary>
    public const string DefaultLocale = "sv-SE";

    private readonly IConnectorClient _connector;
    private InvokeResponse? _invokeResponse;
    private bool _sent;

    /// <summary>Creates a turn for <paramref name="activity"/>.</summary>
    public TurnContext(Activity activity, IConnectorClient connector)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(connector);
        Activity = activity;
        _connector = connector;
    }

    /// <inheritdoc />
    public Activity Activity { get; }

    /// <inheritdoc />
    public string Locale { get; set; } = DefaultLocale;

    /// <inheritdoc />
    public IDictionary<string, object> TurnState { get; } = new Dictionary<string, object>(StringComparer.Ordinal);

    /// <inheritdoc />
    public bool Responded => _sent || _invokeResponse is not null;

    /// <inheritdoc />
    public InvokeResponse? InvokeResponse
    {
        get => _invokeResponse;
        set => _invokeResponse = value;
    }

    /// <inheritdoc />
    /// <remarks>Replies in the inbound activity's thread when it has an id, else posts to the conversation.</remarks>
    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.AddressAsReplyTo(Activity);
        var (serviceUrl, conversationId) = Address();

        var response = string.IsNullOrEmpty(Activity.Id)
            ? await _connector.SendToConversationAsync(serviceUrl, conversationId, activity, ct).ConfigureAwait(false)
            : await _connector.ReplyToActivityAsync(serviceUrl, conversationId, Activity.Id, activity, ct).ConfigureAwait(false);
        _sent = true;
        return response;
    }

    /// <inheritdoc />
    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Id))
        {
            throw new ArgumentException("The activity to update needs the id the connector gave it.", nameof(activity));
        }

        var (serviceUrl, conversationId) = Address();
        activity.Type ??= ActivityTypes.Message;
        activity.Conversation ??= new ConversationAccount { Id = conversationId };
        return _connector.UpdateActivityAsync(serviceUrl, conversationId, activity.Id, activity, ct);
    }

    /// <inheritdoc />
    public Task DeleteActivityAsync(string activityId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var (serviceUrl, conversationId) = Address();
        return _connector.DeleteActivityAsync(serviceUrl, conversationId, activityId, ct);
    }

    private (string ServiceUrl, string ConversationId) Address()
    {
        var serviceUrl = Activity.ServiceUrl;
        var conversationId = Activity.Conversation?.Id;
        if (string.IsNullOrEmpty(serviceUrl) || string.IsNullOrEmpty(conversationId))
        {
            throw new InvalidOperationException("The inbound activity has no serviceUrl or conversation id to answer to.");
        }

        return (serviceUrl, conversationId);
    }
}
