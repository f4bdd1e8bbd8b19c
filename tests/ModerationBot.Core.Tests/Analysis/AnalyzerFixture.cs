using ModerationBot.Core.Analysis;

namespace ModerationBot.Core.Tests.Analysis;

/// <summary>One shared analyzer: it is immutable and thread-safe, and loading the lexicons once keeps the tests fast.</summary>
internal static class AnalyzerFixture
{
    public static CommentAnalyzer Analyzer { get; } = CommentAnalyzer.CreateDefault();

    /// <summary>
    /// The rules without the menace net: the threat tests' hand-made threats and traps check the rules' structures
    /// and guards with it; what the full engine makes of the same sentences is measured as a whole (HandMadeTrapTests).
    /// </summary>
    public static CommentAnalyzer Rules { get; } = CommentAnalyzer.CreateRulesOnly();
}
