using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ModerationBot.Bot.Checking;
using ModerationBot.Bot.Policy;
using ModerationBot.Core.Analysis;
using ModerationBot.Core.Guidance;
using ModerationBot.Core.Guidance.Recommendations;
using ModerationBot.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers checking a comment and answering policy questions.</summary>
public static class CheckingServiceCollectionExtensions
{
    /// <summary>
    /// Adds the analysis engine, the recommender (signing drafts with <c>Bot:OrganisationName</c>), the policy
    /// answerer and the turn handlers; all are thread-safe singletons built once.
    /// </summary>
    public static IServiceCollection AddCommentChecking(this IServiceCollection services)
    {
        services.TryAddSingleton<ICommentAnalyzer>(_ => CommentAnalyzer.CreateDefault());
        services.TryAddSingleton(sp => new ModerationRecommender(sp.GetRequiredService<IOptions<BotOptions>>().Value.OrganisationName));
        services.TryAddSingleton<IPolicyQuestionAnswerer, PolicyQuestionAnswerer>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CommentChecker>();
        services.TryAddSingleton<CheckingHandler>();
        services.TryAddSingleton<PolicyQuestionHandler>();
        return services;
    }
}
