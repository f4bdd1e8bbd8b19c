using System.Text;
using System.Text.Json;
using ModerationBot.Core.Analysis;
using ModerationBot.Core.Policy;
using Xunit;

namespace ModerationBot.Core.Tests.Policy;

public sealed class PolicyPackTests
{
    [Fact]
    public void Default_EveryRuleId_HasARuleWithTextsInBothLanguages()
    {
        foreach (var rule in Enum.GetValues<RuleId>())
        {
            var entry = PolicyPack.Default.For(rule);

            Assert.Equal(JsonNamingPolicy.SnakeCaseLower.ConvertName(rule.ToString()), entry.Id);
            Assert.False(string.IsNullOrWhiteSpace(entry.Source));
            Assert.False(string.IsNullOrWhiteSpace(entry.Section));
            Assert.False(string.IsNullOrWhiteSpace(entry.Explanation.Sv));
            Assert.False(string.IsNullOrWhiteSpace(entry.Explanation.En));
            Assert.NotEqual(entry.Explanation.Sv, entry.Explanation.En);
        }
    }

    [Fact]
    public void Default_Threat_RecommendsEscalation()
    {
        Assert.Equal(ModerationAction.Escalate, PolicyPack.Default.For(RuleId.Threat).Action);
    }

    [Fact]
    public void Load_EnglishPackMissingARule_Throws()
    {
        var sv = Stream("""{"rules":[{"id":"a","source":"s","section":"x","explanation":"e","action":"remove"},{"id":"b","source":"s","section":"x","explanation":"e","action":"reply"}]}""");
        var en = Stream("""{"rules":[{"id":"a","source":"s","section":"x","explanation":"e","action":"remove"}]}""");

        Assert.Throws<InvalidDataException>(() => PolicyPack.Load(sv, en));
    }

    private static MemoryStream Stream(string json) => new(Encoding.UTF8.GetBytes(json));
}
