using Microsoft.Extensions.DependencyInjection.Extensions;
using ModerationBot.Bot;
using ModerationBot.Escalation;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers escalating a threat from a check result.</summary>
public static class EscalationServiceCollectionExtensions
{
    /// <summary>
    /// Adds the escalation feature, its drafts and options (section <c>Escalation:Drafts</c>); needs the case log,
    /// the state store and an <c>IEscalationRouter</c>.
    /// </summary>
    public static IServiceCollection AddEscalation(this IServiceCollection services)
    {
        services.AddOptions<EscalationDraftOptions>()
            .BindConfiguration(EscalationDraftOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<EscalationDraftStore>();
        services.TryAddSingleton<EscalationOutbox>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotFeature, EscalationFeature>());
        return services;
    }
}
