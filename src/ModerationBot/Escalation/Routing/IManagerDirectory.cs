namespace ModerationBot.Escalation.Routing;

/// <summary>Finds a person's manager in the organisation's directory.</summary>
internal interface IManagerDirectory
{
    /// <summary>The manager of <paramref name="userObjectId"/>; failures are statuses, not exceptions.</summary>
    Task<ManagerLookup> FindManagerAsync(string userObjectId, string? tenantId, CancellationToken ct);
}
