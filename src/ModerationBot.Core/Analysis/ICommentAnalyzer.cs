namespace ModerationBot.Core.Analysis;

/// <summary>Analyses one comment offline. Pure and thread-safe: the text is never stored or logged.</summary>
public interface ICommentAnalyzer
{
    /// <summary>Analyses <paramref name="text"/> and returns every finding with its policy basis.</summary>
    CommentAnalysis Analyze(string text);
}
