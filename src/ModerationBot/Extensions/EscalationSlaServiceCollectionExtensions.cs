using Microsoft.Extensions.DependencyInjection.Extensions;
using ModerationBot.Escalation.Sla;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the acknowledgement deadline of high-severity cases: escalation to the deputies and reminders.</summary>
public static class EscalationSlaServiceCollectionExtensions
{
    /// <summary>Adds the <c>Escalation:Sla</c> options and the background check; call after <c>AddModerationCases</c>.</summary>
    public static IServiceCollection AddEscalationSla(this IServiceCollection services)
    {
        services.AddOptions<EscalationSlaOptions>()
            .BindConfiguration(EscalationSlaOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CaseContactsReader>();
        services.TryAddSingleton<SlaOutboxMessages>();
        services.TryAddSingleton<CaseSlaMonitor>();
        services.AddHostedService<CaseSlaService>();
        return services;
    }
}
