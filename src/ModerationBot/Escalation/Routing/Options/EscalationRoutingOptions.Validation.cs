using System.ComponentModel.DataAnnotations;

namespace ModerationBot.Escalation.Routing.Options;

public sealed partial class EscalationRoutingOptions
{
    private const string Prefix = SectionName + ":";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < Routing.Count; i++)
        {
            foreach (var error in ValidateEntry(Routing[i], $"{Prefix}Routing:{i}"))
            {
                yield return error;
            }
        }

        foreach (var error in ValidateContacts(DefaultDeputies, Prefix + "DefaultDeputies"))
        {
            yield return error;
        }

        foreach (var error in ValidateFallbackChannel().Concat(ValidateHrContact()).Concat(ValidateGraph()))
        {
            yield return error;
        }
    }

    private static IEnumerable<ValidationResult> ValidateEntry(RoutingEntryOptions entry, string key)
    {
        if (!entry.MatchesTeams && !entry.MatchesPublishing)
        {
            yield return Error($"{key} matches nothing: give TeamId and/or ChannelId, or Platform and/or Account.");
        }
        else if (entry.MatchesTeams && entry.MatchesPublishing)
        {
            yield return Error($"{key} mixes TeamId/ChannelId with Platform/Account; make one entry for each.");
        }

        if (string.IsNullOrWhiteSpace(entry.ManagerId))
        {
            yield return Error($"{key}:ManagerId is required (the manager's Entra object id or Teams user id 29:...).");
        }
        else if (!RoutingIds.IsUserId(entry.ManagerId))
        {
            yield return Error($"{key}:ManagerId must be an Entra object id (GUID) or a Teams user id (29:...).");
        }

        foreach (var error in ValidateContacts(entry.Deputies, key + ":Deputies"))
        {
            yield return error;
        }
    }

    private static IEnumerable<ValidationResult> ValidateContacts(IList<RoutingContactOptions> contacts, string key)
    {
        for (var i = 0; i < contacts.Count; i++)
        {
            if (!RoutingIds.IsUserId(contacts[i].UserId))
            {
                yield return Error($"{key}:{i}:UserId must be an Entra object id (GUID) or a Teams user id (29:...).");
            }
        }
    }

    private IEnumerable<ValidationResult> ValidateFallbackChannel()
    {
        var channel = FallbackChannel;
        var partly = !string.IsNullOrWhiteSpace(channel.DisplayName) || channel.ResponderIds.Any(id => !string.IsNullOrWhiteSpace(id));
        if (!channel.IsConfigured && partly)
        {
            yield return Error(Prefix + "FallbackChannel:ConversationId is required when a display name or responders are given.");
        }
        else if (channel.IsConfigured && !channel.ConversationId.Trim().StartsWith("19:", StringComparison.Ordinal))
        {
            yield return Error(Prefix + "FallbackChannel:ConversationId must be a Teams channel id (19:...@thread.tacv2).");
        }

        if (channel.ResponderIds.Any(id => !string.IsNullOrWhiteSpace(id) && !RoutingIds.IsUserId(id)))
        {
            yield return Error(Prefix + "FallbackChannel:ResponderIds must be Entra object ids (GUID) or Teams user ids (29:...).");
        }
    }

    private IEnumerable<ValidationResult> ValidateHrContact()
    {
        var hr = HrContact;
        if (!hr.IsConfigured && (!string.IsNullOrWhiteSpace(hr.DisplayName) || hr.Deputies.Count > 0))
        {
            yield return Error(Prefix + "HrContact:UserId is required when a display name or deputies are given.");
        }
        else if (hr.IsConfigured && !RoutingIds.IsUserId(hr.UserId))
        {
            yield return Error(Prefix + "HrContact:UserId must be an Entra object id (GUID) or a Teams user id (29:...).");
        }

        foreach (var error in ValidateContacts(hr.Deputies, Prefix + "HrContact:Deputies"))
        {
            yield return error;
        }
    }

    private IEnumerable<ValidationResult> ValidateGraph()
    {
        var graph = Graph;
        if (!Uri.TryCreate(graph.BaseUrl?.TrimEnd('/'), UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
        {
            yield return Error(Prefix + "Graph:BaseUrl must be an absolute https URL (http only for loopback), e.g. " + GraphManagerOptions.DefaultBaseUrl + ".");
        }

        if (graph.TimeoutSeconds is not (>= 0.1 and <= 60))
        {
            yield return Error(Prefix + "Graph:TimeoutSeconds must be between 0.1 and 60.");
        }

        if (graph.CacheDuration < TimeSpan.Zero || graph.CacheDuration > TimeSpan.FromDays(1))
        {
            yield return Error(Prefix + "Graph:CacheDuration must be between 00:00:00 and 1.00:00:00.");
        }

        if (string.IsNullOrWhiteSpace(graph.ClientId) != string.IsNullOrWhiteSpace(graph.ClientSecret))
        {
            yield return Error(Prefix + "Graph:ClientId and " + Prefix + "Graph:ClientSecret go together: give both or neither.");
        }

        if (!string.IsNullOrWhiteSpace(graph.ManagedIdentityClientId) && !Guid.TryParse(graph.ManagedIdentityClientId, out _))
        {
            yield return Error(Prefix + "Graph:ManagedIdentityClientId must be a GUID.");
        }
    }

    private static ValidationResult Error(string message) => new(message);
}
