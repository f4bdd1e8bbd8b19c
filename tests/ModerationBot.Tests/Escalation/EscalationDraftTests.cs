using ModerationBot.Cases;
using ModerationBot.Core.Analysis;
using ModerationBot.Core.Cases;
using ModerationBot.Escalation;

namespace ModerationBot.Tests.Escalation;

/// <summary>What a check result carries into the case when the moderator escalates it.</summary>
public sealed class EscalationDraftTests
{
    private static readonly EscalationReporter Reporter = new("29:moderator", Guid.NewGuid().ToString());

    [Fact]
    public void From_ThreatTheNetDoubted_KeepsTheRulesSeverityTargetAndRule()
    {
        const string text = "Jag ska döda dig när du går hem från kommunhuset ikväll.";
        var analysis = new CommentAnalysis("sv", ModerationAction.Review, [], null, [], [],
            [new AnalysisNote("threat_doubted_by_wording", 0, 20)], text, new ThreatAssessment(ThreatSeverity.High, ThreatTarget.Person));

        var draft = EscalationDraft.From(Reporter, text, analysis, text);

        Assert.Equal(CaseSeverity.High, draft.Severity);
        Assert.Equal("person", draft.Threat);
        Assert.Contains("threat", draft.RuleIds);
        Assert.Equal(["threat_doubted_by_wording"], draft.Notes);
    }

    [Fact]
    public void From_PossibleVeiledThreat_MediumWithTheNote()
    {
        const string text = "Socialsekreteraren har en lång promenad till parkeringen efter jobbet.";
        var analysis = new CommentAnalysis("sv", ModerationAction.Review, [], null, [], [], [new AnalysisNote("possible_veiled_threat", 0, text.Length)], text);

        var draft = EscalationDraft.From(Reporter, text, analysis, text);

        Assert.Equal(CaseSeverity.Medium, draft.Severity);
        Assert.Null(draft.Threat);
        Assert.Empty(draft.RuleIds);
        Assert.Equal(["possible_veiled_threat"], draft.Notes);
    }

    [Fact]
    public void CaseFindings_StoredBeforeNotesExisted_ReadWithoutNotes()
    {
        var findings = CaseJson.Deserialize<CaseFindings>("""{"ruleIds":["threat"],"threat":"staff"}""");

        Assert.Equal(["threat"], findings!.RuleIds);
        Assert.Equal("staff", findings.Threat);
        Assert.Null(findings.Notes);
    }
}
