using Microsoft.Extensions.DependencyInjection;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Routing;
using ModerationBot.Storage;

namespace ModerationBot.Tests.TestSupport;

/// <summary>Checks that a rejected activity left no trace: no connector call, no stored reference, not marked processed.</summary>
public static class ProcessingAssertions
{
    public static async Task AssertNothingProcessedAsync(this ModerationBotFactory factory, Activity activity, CancellationToken ct)
    {
        // Give a wrongly accepted turn time to reach the connector before concluding it never will.
        await Task.Delay(100, ct);
        Assert.Empty(factory.Connector.RequestsFor(activity));
        var references = factory.Services.GetRequiredService<IConversationReferenceStore>();
        Assert.Null(await references.FindAsync(activity.From!.Id!, ct));
        var processed = factory.Services.GetRequiredService<IProcessedActivityLog>();
        Assert.True(await processed.TryMarkProcessedAsync(activity.Conversation!.Id!, activity.Id!, ct), "the activity was marked processed");
    }
}
