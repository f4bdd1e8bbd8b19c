using ModerationBot.Escalation.Routing;

namespace ModerationBot.Tests.Escalation.Routing;

/// <summary>A directory that knows one answer for everybody and counts the questions.</summary>
internal sealed class StubManagerDirectory(ManagerLookup answer) : IManagerDirectory
{
    public int Calls { get; private set; }

    public static StubManagerDirectory Knowing(string managerId, string name) => new(ManagerLookup.Found(new EscalationReceiver(managerId, name)));

    public static StubManagerDirectory Failing(ManagerLookupStatus status) => new(ManagerLookup.Of(status));

    public Task<ManagerLookup> FindManagerAsync(string userObjectId, string? tenantId, CancellationToken ct)
    {
        Calls++;
        return Task.FromResult(answer);
    }
}
