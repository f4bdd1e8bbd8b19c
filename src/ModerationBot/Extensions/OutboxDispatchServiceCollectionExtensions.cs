using Microsoft.Extensions.DependencyInjection.Extensions;
using ModerationBot.Cases.Outbox.Dispatch;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the dispatcher that sends the outbox.</summary>
public static class OutboxDispatchServiceCollectionExtensions
{
    /// <summary>Adds the outbox dispatcher and its options (section <c>Outbox</c>); call after <c>AddModerationCases</c>.</summary>
    public static IServiceCollection AddOutboxDispatch(this IServiceCollection services)
    {
        services.AddOptions<OutboxDispatchOptions>()
            .BindConfiguration(OutboxDispatchOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<OutboxDelivery>();
        services.TryAddSingleton<FallbackNotice>();
        services.TryAddSingleton<OutboxDispatcher>();
        services.AddHostedService<OutboxDispatchService>();
        return services;
    }
}
