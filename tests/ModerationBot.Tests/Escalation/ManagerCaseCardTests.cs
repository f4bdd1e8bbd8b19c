using ModerationBot.Core.Cases;
using ModerationBot.Escalation;
using ModerationBot.Localization;

namespace ModerationBot.Tests.Escalation;

/// <summary>The findings on the manager's card: the rules by their names, and what a threat verdict rests on.</summary>
public sealed class ManagerCaseCardTests
{
    private static readonly TextLocalizer s_texts = new(MissingTextPolicy.Throw);

    [Theory]
    [InlineData("sv", "Fynd", "Hot", "hotet bedömt utifrån ordalagen, inte av reglerna")]
    [InlineData("en", "Findings", "Threat", "threat judged from the wording, not by the rules")]
    public void Build_ThreatJudgedFromTheWording_FindingsSayWhatItRestsOn(string language, string label, string rule, string note)
    {
        var card = ManagerCaseCard.Build(Case(new CaseFindings(["threat"], "staff", ["threat_by_wording"])), s_texts.For(language));

        var facts = card.Body.OfType<ModerationBot.BotFramework.Cards.FactSet>().Single().Facts;
        var findings = Assert.Single(facts, f => f.Title == label).Value;
        Assert.StartsWith(rule, findings, StringComparison.Ordinal);
        Assert.EndsWith(note, findings, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CaseWithoutFindings_NoFindingsFact()
    {
        var card = ManagerCaseCard.Build(Case(CaseFindings.None), s_texts.For("sv"));

        var facts = card.Body.OfType<ModerationBot.BotFramework.Cards.FactSet>().Single().Facts;
        Assert.DoesNotContain(facts, f => f.Title == "Fynd");
    }

    private static ModerationCase Case(CaseFindings findings) => ModerationCase.Open(
        Guid.NewGuid(),
        new CaseNumber(2026, 7),
        new CaseDraft(CaseKind.Threat, CaseSeverity.High, new CaseReporter("29:reporter", Guid.NewGuid().ToString(), "Moa Moderator"),
            Guid.NewGuid().ToString(), [], "facebook", null, findings, "Hoppas du njuter av din sista sommar i huset"),
        null,
        TimeProvider.System);
}
