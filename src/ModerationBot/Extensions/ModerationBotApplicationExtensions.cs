using ModerationBot.BotFramework.Hosting;
using ModerationBot.Endpoints;

namespace Microsoft.AspNetCore.Builder;

/// <summary>The host's composition: one call to add the services, one to map the endpoints.</summary>
public static class ModerationBotApplicationExtensions
{
    /// <summary>Storage, Bot Framework authentication and pipeline, comment analysis, the bot, health checks and their options.</summary>
    public static WebApplicationBuilder AddModerationBot(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // HttpClient's own request log lines carry the URL, which holds conversation and activity ids.
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        var services = builder.Services;
        services.AddModerationStorage();
        services.AddModerationCases();
        services.AddOutboxDispatch();
        services.AddCaseActions();
        services.AddEscalationRouting();
        services.AddHarassmentReports();
        services.AddHarassmentReportReceiver();
        services.AddEscalationSla();
        services.AddBotFrameworkAuthentication(builder.Configuration);
        services.AddBotFrameworkPipeline();
        services.AddOptions<BotAdapterOptions>().BindConfiguration("BotFramework");
        services.AddCommentAnalysis();
        services.AddModerationBotHandler();
        services.AddEscalation();
        services.AddModerationHealth();
        return builder;
    }

    /// <summary>Maps <c>/api/messages</c>, <c>/healthz</c> and <c>/readyz</c>.</summary>
    public static WebApplication MapModerationBot(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapMessagesApi();
        app.MapHealthApi();
        return app;
    }
}
