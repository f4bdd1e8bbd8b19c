using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Rules;

/// <summary>What a moderator sees for a removal ground and for its look-alike: removed under that rule, or answered with no rule.</summary>
internal static class RemovalAssert
{
    public static void Removed(string text, RuleId rule)
    {
        var result = AnalyzerFixture.Analyzer.Analyze(text);

        Assert.Contains(result.Rules, r => r.Rule == rule);
        Assert.Equal(ModerationAction.Remove, result.Action);
    }

    // Praise and thanks ("snabb leverans, tack!") need no answer, so none is as right as reply here.
    public static void Answered(string text)
    {
        var result = AnalyzerFixture.Analyzer.Analyze(text);

        Assert.Empty(result.Rules);
        Assert.Contains(result.Action, new[] { ModerationAction.Reply, ModerationAction.None });
    }
}
