using ModerationBot.Testing.Activities;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Bot.Checking;

/// <summary>The message action "Granska kommentar" on a Teams message: the result opens in a dialog for the invoker only.</summary>
public sealed class MessageActionTests(ModerationBotFactory factory) : IClassFixture<ModerationBotFactory>
{
    private const string ForwardedHtml =
        "<div><p>Kolla den här kommentaren från vår Facebooksida:</p><p>Jag vet var du bor och jag ska döda dig. Mitt personnummer är 19850312&#8209;2398&nbsp;ok?</p></div>";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_FetchTaskOnMessage_ReturnsResultCardInDialogWithoutMessage()
    {
        var activity = TestActivities.ComposeExtensionFetchTask("checkComment", ForwardedHtml.Replace("&#8209;", "-", StringComparison.Ordinal), factory.Connector.ServiceUrl).Isolated();

        var body = await CheckTurns.InvokeAsync(factory, activity, Ct);

        var card = CheckTurns.ContinueCard(body);
        Assert.Contains("Hot: svara inte", CheckTurns.AllText(card), StringComparison.Ordinal);
        Assert.DoesNotContain(CheckTurns.Personnummer, body.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", CheckTurns.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SubmitActionWithPayloadOnly_ReturnsResultCardInDialog()
    {
        var activity = TestActivities.ComposeExtensionSubmitAction("checkComment", "<p>Tack för att ni fixade gatlyktorna så snabbt!</p>", serviceUrl: factory.Connector.ServiceUrl).Isolated();

        var card = CheckTurns.ContinueCard(await CheckTurns.InvokeAsync(factory, activity, Ct));

        Assert.Contains("Beröm", CheckTurns.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FetchTaskOnMessageWithoutText_ReturnsDialogToPasteComment()
    {
        var activity = TestActivities.ComposeExtensionFetchTask("checkComment", "<p><img src=\"x.png\"></p>", factory.Connector.ServiceUrl).Isolated();

        var card = CheckTurns.ContinueCard(await CheckTurns.InvokeAsync(factory, activity, Ct));

        Assert.Contains("comment", CheckTurns.InputIds(card));
        Assert.Contains("ingen text", CheckTurns.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SubmitActionWithDialogInputs_ChecksTheTypedComment()
    {
        var activity = TestActivities.ComposeExtensionSubmitAction(
            "checkComment", "<p></p>", new { command = "check.submit", comment = "Varför är det så dålig snöröjning i år?", platform = "instagram" },
            factory.Connector.ServiceUrl).Isolated();

        var card = CheckTurns.ContinueCard(await CheckTurns.InvokeAsync(factory, activity, Ct));

        Assert.Contains("Gör så här: svara", CheckTurns.AllText(card), StringComparison.Ordinal);
    }
}
