using System.Reflection;
using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Evaluation;

/// <summary>
/// The full engine on every hand-made trap of the threat tests (the <c>…NotAThreat</c>/<c>…NotThreats</c> theories,
/// which check the rules' guards one by one): how many the menace net turns into threats from their wording. None of
/// these sentences is in the net's training data, and many are built to sit next to a threat ("Vi ses när du kommer
/// tillbaka från semestern", "I'll bring a hammer to the office and fix your broken chair").
/// </summary>
public sealed class HandMadeTrapTests
{
    [Fact]
    public void Analyze_EveryHandMadeTrap_FewThreatsByWording()
    {
        var traps = Traps();
        var threats = traps.Where(t => AnalyzerFixture.Analyzer.Analyze(t).Threat is not null).ToList();

        // Measured when the net's threat tier was introduced, and after its second round of training data: 5 of 172.
        Assert.True(traps.Count >= 170, $"{traps.Count} traps found");
        Assert.True(threats.Count <= 5, $"{threats.Count} of {traps.Count} traps read as threats: {string.Join(" | ", threats)}");
    }

    private static List<string> Traps() =>
    [
        .. typeof(HandMadeTrapTests).Assembly.GetTypes()
            .Where(t => t.Namespace == "ModerationBot.Core.Tests.Analysis.Threats")
            .SelectMany(t => t.GetMethods())
            .Where(m => m.Name.Contains("NotAThreat", StringComparison.Ordinal) || m.Name.Contains("NotThreat", StringComparison.Ordinal))
            .SelectMany(m => m.GetCustomAttributes<InlineDataAttribute>())
            .Select(a => a.Data.FirstOrDefault() as string)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal),
    ];
}
