using Microsoft.Extensions.DependencyInjection.Extensions;
using ModerationBot.Bot;
using ModerationBot.BotFramework.Middleware;
using ModerationBot.BotFramework.Routing;
using ModerationBot.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the bot's turn logic.</summary>
public static class BotServiceCollectionExtensions
{
    /// <summary>Adds the <see cref="IBot"/>, its options (section <c>Bot</c>) and the localized error reply.</summary>
    public static IServiceCollection AddModerationBotHandler(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>()
            .BindConfiguration(BotOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddBotTexts();
        services.TryAddSingleton<ConversationReferenceRecorder>();
        services.AddCommentChecking();
        services.AddCriticismDialog();
        services.TryAddSingleton<IBot, ModerationActivityHandler>();
        services.Replace(ServiceDescriptor.Singleton<ITurnErrorMessages, LocalizedTurnErrorMessages>());
        return services;
    }
}
