using System.Reflection;
using System.Text.RegularExpressions;
using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Evaluation;

/// <summary>
/// The full engine on every hand-made sentence of the threat tests, whose theories check the rules' structures and
/// guards one by one: how many traps (<c>…NotAThreat</c>/<c>…NotThreats</c>) the menace net turns into threats from
/// their wording, and how many threats (<c>…IsThreat</c>, <c>…IsHighThreat</c>, <c>…EscalatesWith…</c>) it doubts into
/// review. None of these sentences is in the net's training data, and many are built to sit next to the other side
/// ("Vi ses när du kommer tillbaka från semestern", "I'll bring a hammer to the office and fix your broken chair").
/// </summary>
public sealed partial class HandMadeTrapTests
{
    [Fact]
    public void Analyze_EveryHandMadeTrap_FewThreatsByWording()
    {
        var traps = Sentences(name => name.Contains("NotAThreat", StringComparison.Ordinal) || name.Contains("NotThreat", StringComparison.Ordinal));
        var threats = traps.Where(t => AnalyzerFixture.Analyzer.Analyze(t).Threat is not null).ToList();

        // Measured when the net's threat tier was introduced and after its second round of training data: 5 of 172;
        // after the short-comment batch and the word minimum, with its threshold lower (0.877 from 0.905): 7. Trained
        // with the full-schema sets as well, its threshold chosen lower again (0.768: up to 1.5 % of the non-threats it
        // may turn into threats, from 1 %), because on the writers held out it finds more threats with fewer false ones
        // (held out by set, F to L: 166 of 183 threats found with 192 flagged, from 165 with 196; on the unseen N and O
        // 41 of 50 with 48 flagged, from 41 with 52): 12 of these hand-made traps.
        Assert.True(traps.Count >= 170, $"{traps.Count} traps found");
        Assert.True(threats.Count <= 12, $"{threats.Count} of {traps.Count} traps read as threats: {string.Join(" | ", threats)}");
    }

    [Fact]
    public void Analyze_EveryHandMadeThreat_StillAThreatOrAtLeastReviewed()
    {
        var threats = Sentences(name => !name.Contains("Not", StringComparison.Ordinal) && ThreatTheory().IsMatch(name));
        var analyses = threats.Select(t => (Text: t, Analysis: AnalyzerFixture.Analyzer.Analyze(t))).ToList();
        var doubted = analyses.Where(x => x.Analysis.Threat is null).Select(x => x.Text).ToList();

        // Of 107, the net's doubt sends 5 to review (a helmet at the council meeting, twice; the head teacher's daughter's
        // and the son's class, threats the rules only infer; "Bomba hela skiten.", three words the net weighs as
        // swearing); none is answered. With the warning cues and the net retrained on them the inferred doubt rose (0.207 to
        // 0.243) and doubts one more, "…så mejar jag ner dem med bilen" (0.229), into review: 6 of 119. A doubted threat
        // with a removal ground beside it is removed rather than reviewed ("hoppas du får cancer din jävla byråkrat").
        Assert.True(threats.Count >= 100, $"{threats.Count} threats found");
        Assert.True(doubted.Count <= 6, $"{doubted.Count} of {threats.Count} threats not found: {string.Join(" | ", doubted)}");
        Assert.All(analyses.Where(x => x.Analysis.Threat is null), x => Assert.Contains(x.Analysis.Action, new[] { ModerationAction.Review, ModerationAction.Remove }));
    }

    [GeneratedRegex(@"_(Is\w*Threat\w*|EscalatesWith\w+|HasExpectedSeverity|IsAimedAtStaff)$")]
    private static partial Regex ThreatTheory();

    private static List<string> Sentences(Func<string, bool> theory) =>
    [
        .. typeof(HandMadeTrapTests).Assembly.GetTypes()
            .Where(t => t.Namespace == "ModerationBot.Core.Tests.Analysis.Threats" && t.Name != "MenaceNetTests")
            .SelectMany(t => t.GetMethods())
            .Where(m => theory(m.Name))
            .SelectMany(m => m.GetCustomAttributes<InlineDataAttribute>())
            .Select(a => a.Data.FirstOrDefault() as string)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal),
    ];
}
