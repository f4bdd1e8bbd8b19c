using ModerationBot.Tests.Bot.Checking;

namespace ModerationBot.Tests.Escalation;

/// <summary>A whole escalation leaves no comment text, note, name or id in any log record.</summary>
public sealed class EscalationPrivacyTests(EscalationBotFactory factory) : IClassFixture<EscalationBotFactory>
{
    private const string Note = "Samma avsändare hotade Pelle Privatsson i somras";

    [Fact]
    public async Task EscalationTurns_EveryStep_NoLogRecordContainsTextNotesNamesOrIds()
    {
        var flow = EscalationFlow.Create(factory);
        flow.Route(EscalationFlow.ManagerRoute());
        var preview = await flow.PreviewAsync(CheckTurns.ThreatWithIdentityNumber);
        await flow.ConfirmAsync(preview, "facebook", "not a link", Note);
        await flow.ConfirmAsync(preview, "facebook", "https://example.org/hemlig-sida", Note);
        await flow.ConfirmAsync(preview);
        var unroutable = EscalationFlow.Create(factory);
        await unroutable.EscalateAsync(CheckTurns.ThreatWithIdentityNumber);

        var records = factory.Logs.GetSnapshot();
        Assert.Contains(records, r => r.Id.Id == 2663);
        Assert.Contains(records, r => r.Id.Id == 2662);
        string[] forbidden =
        [
            "döda", CheckTurns.Personnummer, "19850312", "Pelle", "Privatsson", "hemlig-sida", EscalationFlow.ManagerName,
            EscalationFlow.ManagerId, EscalationFlow.DeputyId, EscalationFlow.ChannelId, EscalationFlow.ChannelName,
            flow.Driver.UserId, flow.Driver.AadObjectId, flow.Driver.ConversationId, EscalationFlow.DraftId(preview).ToString("N"),
        ];
        foreach (var record in records)
        {
            var text = record.Message + "|" + string.Join(";", record.StructuredState?.Select(kv => kv.Value) ?? []) + "|" + record.Exception;
            foreach (var value in forbidden)
            {
                Assert.False(text.Contains(value, StringComparison.OrdinalIgnoreCase), $"{record.Category} logged a private value: {record.Message}");
            }
        }
    }
}
