using Microsoft.Extensions.DependencyInjection.Extensions;
using ModerationBot.Health;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers what <c>/readyz</c> checks.</summary>
public static class HealthServiceCollectionExtensions
{
    public static IServiceCollection AddModerationHealth(this IServiceCollection services)
    {
        services.TryAddSingleton<ReadinessProbe>();
        return services;
    }
}
