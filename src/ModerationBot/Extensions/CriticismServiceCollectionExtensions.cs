using Microsoft.Extensions.DependencyInjection.Extensions;
using ModerationBot.Dialogs.Criticism;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the step-by-step criticism dialog.</summary>
public static class CriticismServiceCollectionExtensions
{
    /// <summary>Adds the dialog handler and its session store (needs <c>IStateStore</c> and <c>TimeProvider</c>).</summary>
    public static IServiceCollection AddCriticismDialog(this IServiceCollection services)
    {
        services.TryAddSingleton<CriticismSessionStore>();
        services.TryAddSingleton<CriticismDialogHandler>();
        return services;
    }
}
