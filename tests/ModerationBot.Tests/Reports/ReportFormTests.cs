using System.Text.Json;

namespace ModerationBot.Tests.Reports;

/// <summary>The form: required fields refused kindly with everything kept, and the receiver shown before sending.</summary>
public sealed class ReportFormTests(ReportsFactory factory) : IClassFixture<ReportsFactory>
{
    [Fact]
    public async Task Submit_PreviewMissingRequiredFields_FormComesBackWithKindErrorsAndValuesKept()
    {
        var employee = new ReportTurns(factory);
        var form = ReportSamples.Form("report.preview");
        form.Remove("category");
        form.Remove("receiver");

        var card = ReportTurns.DialogCard(await employee.SubmitAsync(form));

        var text = ReportTurns.Text(card);
        Assert.Contains("Det du redan har skrivit finns kvar", text, StringComparison.Ordinal);
        Assert.Contains("Välj det som stämmer bäst", text, StringComparison.Ordinal);
        Assert.Contains("Välj vem som ska få anmälan", text, StringComparison.Ordinal);
        Assert.Equal(ReportSamples.Description, InputValue(card, "description"));
        Assert.Equal(ReportSamples.Link, InputValue(card, "links"));
        Assert.Equal("instagram", InputValue(card, "platform"));
        Assert.Equal("2026-01-15", InputValue(card, "occurredOn"));
        Assert.DoesNotContain(factory.Router.Requests, r => r.ReporterTeamsUserId == employee.UserId);
    }

    [Theory]
    [InlineData("occurredOn", "2999-01-01", "The date cannot be in the future")]
    [InlineData("links", "javascript:alert(1)", "is not a web address")]
    [InlineData("description", "   ", "Say briefly what happened")]
    public async Task Submit_PreviewInvalidField_EnglishErrorNamesTheFix(string field, string value, string message)
    {
        var employee = new ReportTurns(factory, "en-GB");
        var form = ReportSamples.Form("report.preview");
        form[field] = value;

        var card = ReportTurns.DialogCard(await employee.SubmitAsync(form));

        Assert.Contains(message, ReportTurns.Text(card), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("manager", "sv-SE", "Anmälan går till **" + StubEscalationRouter.ManagerName + "** (din chef).", false)]
    [InlineData("hr", "sv-SE", "Anmälan går till **" + StubEscalationRouter.HrName + "** (HR- eller skyddskontakt).", true)]
    [InlineData("manager", "en-GB", "This goes to **" + StubEscalationRouter.ManagerName + "** (your manager).", false)]
    [InlineData("hr", "en-GB", "This goes to **" + StubEscalationRouter.HrName + "** (HR or safety contact).", true)]
    public async Task Submit_PreviewComplete_ShowsTheReceiverChosenByTheEmployeesChoice(string receiver, string locale, string line, bool avoidManager)
    {
        var employee = new ReportTurns(factory, locale);

        var card = ReportTurns.DialogCard(await employee.SubmitAsync(ReportSamples.Form("report.preview", receiver: receiver)));

        Assert.Contains(line, ReportTurns.Text(card), StringComparison.Ordinal);
        Assert.Contains(ReportSamples.Description, ReportTurns.Text(card), StringComparison.Ordinal);
        var request = Assert.Single(factory.Router.Requests, r => r.ReporterTeamsUserId == employee.UserId);
        Assert.Equal((ModerationBot.Core.Cases.CaseKind.Harassment, avoidManager), (request.Kind, request.AvoidManager));
        Assert.Equal((null, null, employee.AadObjectId), (request.Platform, request.Account, request.ReporterAadObjectId));
        var send = ReportTurns.ButtonData(card, locale == "sv-SE" ? "Skicka" : "Send");
        Assert.Equal(ReportSamples.Description, send.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Submit_PreviewNobodyToRoute_KindMessageWithHrContactAndDraftOffered()
    {
        var employee = new ReportTurns(factory);
        factory.Router.Unroutable[employee.UserId] = true;

        var card = ReportTurns.DialogCard(await employee.SubmitAsync(ReportSamples.Form("report.preview")));

        var text = ReportTurns.Text(card);
        Assert.Contains("Ingenting har skickats och inget av det du skrivit har försvunnit", text, StringComparison.Ordinal);
        Assert.Contains(ReportsFactory.HrContactName, text, StringComparison.Ordinal);
        var save = ReportTurns.ButtonData(card, "Spara utkast");
        Assert.Equal(ReportSamples.Description, save.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Press_FormInChat_ShowsTheFormAsACardWithAllFields()
    {
        var employee = new ReportTurns(factory, "en-GB");

        var card = Assert.Single(await employee.PressAsync(new { command = "report.form" }));

        Assert.Equal(
            ["category", "platform", "account", "occurredOn", "links", "description", "continuing", "policeReported", "policeReportNumber", "receiver"],
            card.GetProperty("body").EnumerateArray().Where(e => e.GetProperty("type").GetString()!.StartsWith("Input.", StringComparison.Ordinal))
                .Select(e => e.GetProperty("id").GetString()));
        Assert.Contains("Who should receive the report?", ReportTurns.Text(card), StringComparison.Ordinal);
    }

    private static string? InputValue(JsonElement card, string id) =>
        card.GetProperty("body").EnumerateArray()
            .Single(e => e.TryGetProperty("id", out var i) && i.GetString() == id)
            .TryGetProperty("value", out var value) ? value.GetString() : null;
}
