using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Middleware;
using ModerationBot.BotFramework.Routing;
using ModerationBot.BotFramework.Tests.TestSupport;

namespace ModerationBot.BotFramework.Tests.Middleware;

public sealed class LocaleMiddlewareTests
{
    [Theory]
    [InlineData("en-US", "en-US")]
    [InlineData("en-gb", "en-GB")]
    [InlineData("en", "en")]
    [InlineData("EN_au", "en-AU")]
    [InlineData("sv-SE", "sv-SE")]
    [InlineData("sv", "sv-SE")]
    [InlineData("fi-FI", "sv-SE")]
    [InlineData("de-DE", "sv-SE")]
    [InlineData("eng", "sv-SE")]
    [InlineData("en-<script>", "sv-SE")]
    [InlineData("", "sv-SE")]
    [InlineData(null, "sv-SE")]
    public async Task OnTurnAsync_ClientLocale_SetsTurnLocale(string? clientLocale, string expected)
    {
        var activity = TeamsPayloads.Personal(ActivityTypes.Message, "hej");
        activity.Locale = clientLocale;
        var turnContext = new TurnContext(activity, new RecordingConnectorClient());
        turnContext.Locale = "xx";
        string? seenByNext = null;

        await new LocaleMiddleware().OnTurnAsync(turnContext, _ =>
        {
            seenByNext = turnContext.Locale;
            return Task.CompletedTask;
        }, TestContext.Current.CancellationToken);

        Assert.Equal(expected, seenByNext);
    }
}
