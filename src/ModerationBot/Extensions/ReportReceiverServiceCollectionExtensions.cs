using Microsoft.Extensions.DependencyInjection.Extensions;
using ModerationBot.Bot;
using ModerationBot.Reports.Receiver;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the receiver's side of harassment reports.</summary>
public static class ReportReceiverServiceCollectionExtensions
{
    /// <summary>Adds the receiver's card verbs; needs the case log and the <c>Reports</c> options (<see cref="ReportServiceCollectionExtensions.AddHarassmentReports"/>).</summary>
    public static IServiceCollection AddHarassmentReportReceiver(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ReportAccessPolicy>();
        services.TryAddSingleton<ReportViewAudit>();
        services.TryAddSingleton<ReportEmployeeNotice>();
        services.TryAddSingleton<ReportActionRunner>();
        services.TryAddSingleton<ReportReceiverHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotFeature, ReportReceiverFeature>());
        return services;
    }
}
