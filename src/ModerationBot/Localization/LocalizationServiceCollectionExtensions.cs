using Microsoft.Extensions.DependencyInjection.Extensions;
using ModerationBot.Localization;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the bot's sv/en texts.</summary>
public static class LocalizationServiceCollectionExtensions
{
    /// <summary>Adds <see cref="ITextLocalizer"/> (the forgiving runtime localizer).</summary>
    public static IServiceCollection AddBotTexts(this IServiceCollection services)
    {
        services.TryAddSingleton<ITextLocalizer>(TextLocalizer.Default);
        return services;
    }
}
