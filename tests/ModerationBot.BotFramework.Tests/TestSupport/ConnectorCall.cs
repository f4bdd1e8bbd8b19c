using ModerationBot.BotFramework.Activities;

namespace ModerationBot.BotFramework.Tests.TestSupport;

/// <summary>One recorded connector call: send, reply, update or delete.</summary>
public sealed record ConnectorCall(string Operation, string ServiceUrl, string ConversationId, string? ActivityId, Activity? Activity);
