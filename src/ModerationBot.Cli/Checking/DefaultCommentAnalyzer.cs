using ModerationBot.Core.Analysis;

namespace ModerationBot.Cli.Checking;

/// <summary>The one place that chooses the analysis engine the CLI runs with.</summary>
internal static class DefaultCommentAnalyzer
{
    public static ICommentAnalyzer Create() => CommentAnalyzer.CreateDefault();
}
