using ModerationBot.Cases;
using ModerationBot.Cases.Outbox;
using ModerationBot.Core.Cases;
using ModerationBot.Reports;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Reports;

/// <summary>Sending: a harassment case with the report encrypted, one card for the receiver only, and advice for the employee.</summary>
public sealed class ReportSendTests(ReportsFactory factory) : IClassFixture<ReportsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Submit_Send_CreatesHarassmentCaseWithEncryptedReportAndOnlyCodesInTheComment()
    {
        var employee = new ReportTurns(factory);

        await employee.SubmitAsync(ReportSamples.Form("report.send", category: "threat"));

        var created = await ReportStore.SingleCaseOfAsync(factory, employee.UserId);
        Assert.Equal((CaseKind.Harassment, CaseSeverity.High, CaseStatus.New), (created.Kind, created.Severity, created.Status));
        Assert.Equal((StubEscalationRouter.ManagerId, StubEscalationRouter.ManagerDeputyId), (created.ResponsibleManagerId, Assert.Single(created.DeputyIds)));
        Assert.Equal((employee.UserId, employee.AadObjectId), (created.Reporter.TeamsUserId, created.Reporter.AadObjectId));
        Assert.Null(created.Link);
        Assert.Equal("harassment report: threat / instagram / private account", created.RedactedComment);
        var evidence = await ReportStore.Cases(factory).ReadEvidenceAsync(created.Id, Ct);
        var details = HarassmentReportDetails.FromEvidence(evidence!);
        Assert.Equal((ReportSamples.Description, "5000-K123456-26", "2026-01-15"), (details.Description, details.PoliceReportNumber, details.OccurredOn));
    }

    [Theory]
    [InlineData("harassment", "no", CaseSeverity.Medium)]
    [InlineData("hate", "yes", CaseSeverity.High)]
    public async Task Submit_Send_SeverityHighOnlyForThreatOrWhenItContinues(string category, string continuing, CaseSeverity severity)
    {
        var employee = new ReportTurns(factory);

        await employee.SubmitAsync(ReportSamples.Form("report.send", category: category, continuing: continuing));

        Assert.Equal(severity, (await ReportStore.SingleCaseOfAsync(factory, employee.UserId)).Severity);
    }

    [Theory]
    [InlineData("manager", StubEscalationRouter.ManagerId)]
    [InlineData("hr", StubEscalationRouter.HrId)]
    public async Task Submit_Send_QueuesOneCardForTheReceiverAsPersonNeverAChannel(string receiver, string receiverId)
    {
        var employee = new ReportTurns(factory);

        await employee.SubmitAsync(ReportSamples.Form("report.send", receiver: receiver));

        var created = await ReportStore.SingleCaseOfAsync(factory, employee.UserId);
        var message = Assert.Single(await ReportStore.OutboxOfAsync(factory, created.Id));
        var target = OutboxJson.ReadTarget(message.Target);
        Assert.Equal((OutboxTargetKind.User, receiverId, null, null), (target.Kind, target.UserId, target.ConversationId, target.FallbackConversationId));
        Assert.Equal("user:" + receiverId, message.ConversationKey);
        Assert.Equal($"{created.Number}/card/{receiverId}", message.CorrelationKey);
        Assert.Equal(factory.Connector.ServiceUrl, target.ServiceUrl);
        var content = OutboxJson.ReadActivity(OutboxJson.ReadPayload(message.Payload)).Attachments![0].Content!;
        var card = ReportTurns.Text(System.Text.Json.JsonSerializer.SerializeToElement(content));
        Assert.Contains(created.Number.ToString(), card, StringComparison.Ordinal);
        Assert.DoesNotContain("Elin Anmälarsson", card, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportSamples.Description, card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sv-SE", "Så sparar du bevis", "polisen.se", "114 14")]
    [InlineData("en-GB", "How to keep evidence", "polisen.se", "114 14")]
    public async Task Submit_Send_EmployeeGetsCaseNumberAdviceAndSupportInTheChat(string locale, string heading, string police, string phone)
    {
        var employee = new ReportTurns(factory, locale);

        var body = await employee.SubmitAsync(ReportSamples.Form("report.send"));

        var created = await ReportStore.SingleCaseOfAsync(factory, employee.UserId);
        Assert.Contains(created.Number.ToString(), ReportTurns.DialogMessage(body), StringComparison.Ordinal);
        var text = ReportTurns.Text(Assert.Single(employee.Sent()));
        foreach (var expected in new[] { created.Number.ToString(), StubEscalationRouter.ManagerName, heading, police, phone, ReportsFactory.HealthServiceName, ReportsFactory.SafetyRepresentative })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Submit_SendFromDialogOpenedInChannel_ConfirmationStaysInTheDialogNothingPostedInTheChannel()
    {
        var activity = ModerationBot.Testing.Activities.TestActivities.TaskSubmit(ReportSamples.Form("report.send"), factory.Connector.ServiceUrl).Isolated();
        activity.Conversation!.ConversationType = "channel";

        var response = await factory.PostAsync(activity, ct: Ct);

        var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Contains("Ärendenummer:", ReportTurns.Text(ReportTurns.DialogCard(body)), StringComparison.Ordinal);
        Assert.Empty(factory.Connector.RequestsFor(activity));
        Assert.Single(await ReportStore.Cases(factory).ListOpenForUserAsync(activity.From!.Id!, Ct));
    }

    [Fact]
    public async Task Press_SendInChat_SendsAndConfirmsInTheChat()
    {
        var employee = new ReportTurns(factory, "en-GB");

        var reply = Assert.Single(await employee.PressAsync(ReportSamples.Form("report.send")));

        var created = await ReportStore.SingleCaseOfAsync(factory, employee.UserId);
        Assert.Contains("Case number: **" + created.Number + "**", ReportTurns.Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_SendInvalid_NothingIsCreatedAndTheFormComesBack()
    {
        var employee = new ReportTurns(factory);
        var form = ReportSamples.Form("report.send");
        form.Remove("continuing");

        var card = ReportTurns.DialogCard(await employee.SubmitAsync(form));

        Assert.Contains("Svara på om det fortfarande pågår", ReportTurns.Text(card), StringComparison.Ordinal);
        Assert.Empty(await ReportStore.Cases(factory).ListOpenForUserAsync(employee.UserId, Ct));
    }

    [Fact]
    public async Task Submit_SendUnroutable_NothingIsCreated()
    {
        var employee = new ReportTurns(factory);
        factory.Router.Unroutable[employee.UserId] = true;

        await employee.SubmitAsync(ReportSamples.Form("report.send"));

        Assert.Empty(await ReportStore.Cases(factory).ListOpenForUserAsync(employee.UserId, Ct));
    }
}
