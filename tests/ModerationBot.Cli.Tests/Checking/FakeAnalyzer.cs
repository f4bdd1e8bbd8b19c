using System.Text.RegularExpressions;
using ModerationBot.Core.Analysis;
using Moq;

namespace ModerationBot.Cli.Tests.Checking;

/// <summary>
/// A stand-in engine with simple, predictable findings so the tests can check what the CLI does with them:
/// 12-digit identity numbers, the word "diabetes" (health, about the author), "kill"/"döda" (a high threat to staff).
/// </summary>
internal static partial class FakeAnalyzer
{
    private static readonly PolicyBasis _basis = new("test", "test", "1", new LocalizedText("test", "test"));

    public static Mock<ICommentAnalyzer> CreateMock()
    {
        var mock = new Mock<ICommentAnalyzer>();
        mock.Setup(a => a.Analyze(It.IsAny<string>())).Returns((string text) => Analyze(text));
        return mock;
    }

    public static ICommentAnalyzer Create() => CreateMock().Object;

    public static CommentAnalysis Analyze(string text)
    {
        var numbers = IdentityNumber().Matches(text);
        var personal = numbers.Select(m => new PersonalDataFinding(
            PersonalDataType.PersonalIdentityNumber, m.Index, m.Index + m.Length, _basis)).ToList();
        var health = text.IndexOf("diabetes", StringComparison.Ordinal);
        var sensitive = health < 0
            ? []
            : new List<SensitiveDataFinding> { new(SensitiveCategory.Health, DataSubject.Author, health, health + 8, _basis) };
        var isThreat = text.Contains("kill", StringComparison.Ordinal) || text.Contains("döda", StringComparison.Ordinal);
        var rules = new List<RuleFinding>();
        if (isThreat)
        {
            rules.Add(new RuleFinding(RuleId.Threat, 0.9, null, null, _basis));
        }

        if (personal.Count > 0)
        {
            rules.Add(new RuleFinding(RuleId.SensitivePersonalData, 0.9, null, null, _basis));
            rules.Add(new RuleFinding(RuleId.SensitivePersonalData, 0.8, null, null, _basis));
        }

        var action = isThreat ? ModerationAction.Escalate : personal.Count > 0 ? ModerationAction.Remove : ModerationAction.None;
        return new CommentAnalysis(
            text.Contains(" the ", StringComparison.Ordinal) ? "en" : "sv",
            action,
            rules,
            isThreat ? new ThreatAssessment(ThreatSeverity.High, ThreatTarget.Staff) : null,
            personal,
            sensitive,
            [],
            IdentityNumber().Replace(text, "[personnummer]"));
    }

    [GeneratedRegex(@"\b\d{8}-?\d{4}\b")]
    private static partial Regex IdentityNumber();
}
