using System.Text.Json;

namespace ModerationBot.Tests.Reports;

/// <summary>Drafts: saved for the employee alone, listed, continued, sent or withdrawn.</summary>
public sealed class ReportDraftTests(ReportsFactory factory) : IClassFixture<ReportsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("sv-SE", "Utkastet är sparat", "anmäl utkast")]
    [InlineData("en-GB", "The draft has been saved", "report drafts")]
    public async Task Submit_SaveDraft_ClosesDialogAndListsTheDraftInTheChat(string locale, string saved, string command)
    {
        var employee = new ReportTurns(factory, locale);

        var body = await employee.SubmitAsync(ReportSamples.Form("report.saveDraft"));

        Assert.Contains(command, ReportTurns.DialogMessage(body), StringComparison.Ordinal);
        var list = ReportTurns.Text(Assert.Single(employee.Sent()));
        Assert.Contains(saved, list, StringComparison.Ordinal);
        Assert.Single(DraftIds(employee.Sent()[0]));
        Assert.Empty(await ReportStore.Cases(factory).ListOpenForUserAsync(employee.UserId, Ct));
    }

    [Fact]
    public async Task Type_Drafts_ContinueGivesTheFormBackWithEverythingEntered()
    {
        var employee = new ReportTurns(factory);
        var half = ReportSamples.Form("report.saveDraft");
        half.Remove("category");
        await employee.SubmitAsync(half);

        var list = Assert.Single(await employee.TypeAsync("anmäl utkast"));
        var draftId = Assert.Single(DraftIds(list));
        var form = ReportTurns.DialogCard(await employee.FetchAsync(new { command = "report.form", draftId, msteams = new { type = "task/fetch" } }));

        var text = form.GetRawText();
        Assert.Contains(JsonSerializer.Serialize(ReportSamples.Description)[1..^1], text, StringComparison.Ordinal);
        Assert.Contains(draftId, ReportTurns.ButtonData(form, "Visa mottagare och granska").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_SendFromDraft_CreatesTheCaseAndTheDraftIsGone()
    {
        var employee = new ReportTurns(factory);
        await employee.SubmitAsync(ReportSamples.Form("report.saveDraft"));
        var draftId = Assert.Single(DraftIds(Assert.Single(await employee.TypeAsync("anmäl utkast"))));

        var preview = ReportTurns.DialogCard(await employee.FetchAsync(new { command = "report.preview", draftId }));
        var send = ReportTurns.ButtonData(preview, "Skicka");
        await employee.SubmitAsync(JsonSerializer.Deserialize<Dictionary<string, string>>(send)!);

        await ReportStore.SingleCaseOfAsync(factory, employee.UserId);
        Assert.Contains("Du har inga sparade utkast.", ReportTurns.Text(Assert.Single(await employee.TypeAsync("anmäl utkast"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Press_Withdraw_DeletesTheDraftAndSendsNothing()
    {
        var employee = new ReportTurns(factory, "en-GB");
        await employee.SubmitAsync(ReportSamples.Form("report.saveDraft"));
        var draftId = Assert.Single(DraftIds(Assert.Single(await employee.TypeAsync("report drafts"))));

        var reply = Assert.Single(await employee.PressAsync(new { command = "report.draft.withdraw", draftId }));

        Assert.Equal("The draft has been withdrawn. Nothing was sent.", ReportTurns.Text(reply));
        Assert.Contains("You have no saved drafts.", ReportTurns.Text(Assert.Single(await employee.TypeAsync("report drafts"))), StringComparison.Ordinal);
        Assert.Empty(await ReportStore.Cases(factory).ListOpenForUserAsync(employee.UserId, Ct));
    }

    [Fact]
    public async Task Drafts_AnotherEmployee_CannotListOpenOrWithdrawThem()
    {
        var author = new ReportTurns(factory);
        var other = new ReportTurns(factory);
        await author.SubmitAsync(ReportSamples.Form("report.saveDraft"));
        var draftId = Assert.Single(DraftIds(Assert.Single(await author.TypeAsync("anmäl utkast"))));

        var list = ReportTurns.Text(Assert.Single(await other.TypeAsync("anmäl utkast")));
        var open = ReportTurns.Text(Assert.Single(await other.PressAsync(new { command = "report.form", draftId })));
        var withdraw = ReportTurns.Text(Assert.Single(await other.PressAsync(new { command = "report.draft.withdraw", draftId })));

        Assert.Contains("Du har inga sparade utkast.", list, StringComparison.Ordinal);
        Assert.Contains("Utkastet finns inte längre", open, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportSamples.Description, open, StringComparison.Ordinal);
        Assert.Contains("Utkastet finns inte längre", withdraw, StringComparison.Ordinal);
        Assert.Single(DraftIds(Assert.Single(await author.TypeAsync("anmäl utkast"))));
    }

    private static IEnumerable<string> DraftIds(JsonElement card) =>
        ReportTurns.Buttons(card)
            .Where(b => b.GetProperty("data").TryGetProperty("command", out var c) && c.GetString() == "report.draft.withdraw")
            .Select(b => b.GetProperty("data").GetProperty("draftId").GetString()!);
}
