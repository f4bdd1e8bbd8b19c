using ModerationBot.BotFramework.Activities;
using ModerationBot.Testing.Connector;

namespace ModerationBot.Tests.TestSupport;

/// <summary>What the fake connector received for one conversation.</summary>
public static class ConnectorExtensions
{
    public static IReadOnlyList<RecordedRequest> RequestsFor(this FakeConnector connector, Activity activity) =>
        [.. connector.Requests.Where(r => r.Path.Contains(Uri.EscapeDataString(activity.Conversation!.Id!), StringComparison.Ordinal))];
}
