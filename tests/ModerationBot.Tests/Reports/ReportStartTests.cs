using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Reports;

/// <summary>Every way into a report asks about immediate danger first, and "yes" answers with 112 and the security contact at once.</summary>
public sealed class ReportStartTests(ReportsFactory factory) : IClassFixture<ReportsFactory>
{
    [Theory]
    [InlineData("anmäl", "sv-SE", "Är du i omedelbar fara just nu?")]
    [InlineData("Anmäl trakasserier", "sv-SE", "Är du i omedelbar fara just nu?")]
    [InlineData("report", "en-GB", "Are you in immediate danger right now?")]
    [InlineData("/report harassment", "en-US", "Are you in immediate danger right now?")]
    public async Task Type_ReportCommand_AsksAboutDangerBeforeAnythingElse(string typed, string locale, string question)
    {
        var employee = new ReportTurns(factory, locale);

        var reply = Assert.Single(await employee.TypeAsync(typed));

        Assert.Equal(question, ReportTurns.Heading(reply));
        Assert.DoesNotContain("Input.", reply.GetRawText(), StringComparison.Ordinal);
        // Plain submits only: clients without dialogs (Agents Playground) drop a dialog-opening button.
        Assert.DoesNotContain("task/fetch", reply.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(["report.danger", "report.form"], ReportTurns.Buttons(reply).Select(b => b.GetProperty("data").GetProperty("command").GetString()));
    }

    [Theory]
    [InlineData("sv-SE", "Ring 112 nu.")]
    [InlineData("en-GB", "Call 112 now.")]
    public async Task Press_YesInDanger_Shows112AndSecurityContactThenOffersTheForm(string locale, string call)
    {
        var employee = new ReportTurns(factory, locale);

        var reply = Assert.Single(await employee.PressAsync(new { command = "report.danger" }));

        Assert.Equal(call, ReportTurns.Heading(reply));
        var text = ReportTurns.Text(reply);
        Assert.Contains(ReportsFactory.SecurityName, text, StringComparison.Ordinal);
        Assert.Contains(ReportsFactory.SecurityPhone, text, StringComparison.Ordinal);
        Assert.Equal("report.form", ReportTurns.Buttons(reply).Single().GetProperty("data").GetProperty("command").GetString());
    }

    [Fact]
    public async Task Fetch_WelcomeButton_OpensDialogWithTheDangerQuestion()
    {
        var employee = new ReportTurns(factory);

        var card = ReportTurns.DialogCard(await employee.FetchAsync(new { command = "report.open", msteams = new { type = "task/fetch" } }));

        Assert.Equal("Är du i omedelbar fara just nu?", ReportTurns.Heading(card));
        // Inside the dialog every button answers in the dialog: none of them opens another one.
        Assert.DoesNotContain("task/fetch", card.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_DangerInDialog_Shows112InTheDialog()
    {
        var employee = new ReportTurns(factory, "en-GB");

        var card = ReportTurns.DialogCard(await employee.SubmitAsync(new { command = "report.danger" }));

        Assert.Contains("Call 112 now.", ReportTurns.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Type_ReportInChannel_PointsToThePersonalChatAndShowsNoForm()
    {
        var activity = ModerationBot.Testing.Activities.TestActivities.ChannelMessageWithMention("anmäl", factory.Connector.ServiceUrl).Isolated();

        await factory.PostAsync(activity, ct: TestContext.Current.CancellationToken);

        var sent = Assert.Single(factory.Connector.RequestsFor(activity));
        Assert.Null(sent.Card());
        Assert.Contains("chatten mellan dig och mig", sent.ReadActivity()!.Text, StringComparison.Ordinal);
    }
}
