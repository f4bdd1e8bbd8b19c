using Microsoft.Extensions.DependencyInjection.Extensions;
using ModerationBot.Bot;
using ModerationBot.Reports;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the employee's side of harassment reports.</summary>
public static class ReportServiceCollectionExtensions
{
    /// <summary>Adds the report feature, its drafts and the <c>Reports</c> options; needs the case log and the escalation router.</summary>
    public static IServiceCollection AddHarassmentReports(this IServiceCollection services)
    {
        services.AddOptions<ReportOptions>()
            .BindConfiguration(ReportOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ReportDraftStore>();
        services.TryAddSingleton<ReportSender>();
        services.TryAddSingleton<ReportInformation>();
        services.TryAddSingleton<ReportFlow>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotFeature, ReportFeature>());
        return services;
    }
}
