using System.Collections.Concurrent;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Connector;

namespace ModerationBot.BotFramework.Tests.TestSupport;

/// <summary>An <see cref="IConnectorClient"/> that records every call instead of sending it.</summary>
public sealed class RecordingConnectorClient : IConnectorClient
{
    private int _nextId;

    public ConcurrentQueue<ConnectorCall> Calls { get; } = new();

    /// <summary>When set, every send throws it (to simulate an unreachable connector).</summary>
    public Exception? FailWith { get; set; }

    public IReadOnlyList<Activity> SentActivities =>
        Calls.Where(c => c.Activity is not null && c.Operation is "send" or "reply").Select(c => c.Activity!).ToList();

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct) =>
        Record(new ConnectorCall("send", serviceUrl, conversationId, null, activity));

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct) =>
        Record(new ConnectorCall("reply", serviceUrl, conversationId, activityId, activity));

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct) =>
        Record(new ConnectorCall("update", serviceUrl, conversationId, activityId, activity));

    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken ct) =>
        await Record(new ConnectorCall("delete", serviceUrl, conversationId, activityId, null));

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken ct) =>
        Task.FromResult(new ConversationResourceResponse("a:new-conversation", null, serviceUrl));

    public Task<ChannelAccount> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken ct) =>
        Task.FromResult(new ChannelAccount { Id = memberId });

    private Task<ResourceResponse> Record(ConnectorCall call)
    {
        if (FailWith is { } failure)
        {
            return Task.FromException<ResourceResponse>(failure);
        }

        Calls.Enqueue(call);
        return Task.FromResult(new ResourceResponse($"sent-{Interlocked.Increment(ref _nextId)}"));
    }
}
