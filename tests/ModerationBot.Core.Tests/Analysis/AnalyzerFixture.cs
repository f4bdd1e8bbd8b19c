using ModerationBot.Core.Analysis;

namespace ModerationBot.Core.Tests.Analysis;

/// <summary>One shared analyzer: it is immutable and thread-safe, and loading the lexicons once keeps the tests fast.</summary>
internal static class AnalyzerFixture
{
    public static CommentAnalyzer Analyzer { get; } = CommentAnalyzer.CreateDefault();
}
