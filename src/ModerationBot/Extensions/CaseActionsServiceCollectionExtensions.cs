using Microsoft.Extensions.DependencyInjection.Extensions;
using ModerationBot.Bot;
using ModerationBot.Cases.Actions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the escalation case card's actions.</summary>
public static class CaseActionsServiceCollectionExtensions
{
    public static IServiceCollection AddCaseActions(this IServiceCollection services)
    {
        services.TryAddSingleton<CaseChangeMessages>();
        services.TryAddSingleton<CaseActionHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotFeature, CaseActionsFeature>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotFeature, CaseListFeature>());
        return services;
    }
}
