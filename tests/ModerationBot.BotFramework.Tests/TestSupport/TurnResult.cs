using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Routing;

namespace ModerationBot.BotFramework.Tests.TestSupport;

/// <summary>What one <see cref="TestAdapter"/> turn produced.</summary>
public sealed record TurnResult(ITurnContext TurnContext, IReadOnlyList<ConnectorCall> Calls, InvokeResponse? InvokeResponse)
{
    public IReadOnlyList<Activity> Replies => Calls.Where(c => c.Operation is "send" or "reply").Select(c => c.Activity!).ToList();
}
