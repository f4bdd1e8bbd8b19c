using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModerationBot.Analysis;
using ModerationBot.Analysis.AzureLanguage;
using ModerationBot.Core.Analysis;
using ModerationBot.Core.Analysis.External;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the comment analysis and its optional Azure AI Language provider.</summary>
public static class AnalysisServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ICommentAnalyzer"/> (the offline engine, unless already registered) and
    /// <see cref="ICommentAnalysisService"/>, which also asks Azure AI Language when section <c>AzureLanguage</c>
    /// enables it. A <c>TokenCredential</c> registered with key <c>"AzureLanguage"</c> replaces the configured Entra ID one.
    /// </summary>
    public static IServiceCollection AddCommentAnalysis(this IServiceCollection services)
    {
        services.AddOptions<AzureLanguageOptions>()
            .BindConfiguration(AzureLanguageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ICommentAnalyzer>(_ => CommentAnalyzer.CreateDefault());
        services.TryAddSingleton(sp =>
        {
            return new AzureLanguagePiiProvider(
                sp.GetRequiredService<IOptions<AzureLanguageOptions>>().Value,
                sp.GetRequiredService<ILogger<AzureLanguagePiiProvider>>(),
                sp.GetRequiredService<TimeProvider>(),
                // Keyed, so a credential registered for another service is never sent to this one by accident.
                sp.GetKeyedService<Azure.Core.TokenCredential>(AzureLanguageOptions.SectionName));
        });
        services.TryAddSingleton<ICommentAnalysisService>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<AzureLanguageOptions>>().Value;
            var local = sp.GetRequiredService<ICommentAnalyzer>();
            if (!options.Enabled)
            {
                return new CommentAnalysisService(local, null);
            }

            var augmented = new ExternalAugmentedAnalyzer(
                local,
                sp.GetRequiredService<AzureLanguagePiiProvider>(),
                TimeSpan.FromSeconds(options.TimeoutSeconds),
                sp.GetRequiredService<TimeProvider>());
            return new CommentAnalysisService(local, augmented);
        });
        return services;
    }
}
