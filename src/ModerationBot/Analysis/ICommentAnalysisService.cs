using ModerationBot.Core.Analysis;

namespace ModerationBot.Analysis;

/// <summary>
/// Analyses a comment for the bot: the offline engine, plus Azure AI Language's personal data findings when that
/// optional provider is enabled. A failing or slow provider never costs the local result.
/// </summary>
public interface ICommentAnalysisService
{
    /// <summary>Analyses <paramref name="text"/>; offsets in the result are UTF-16 indexes into it, end exclusive.</summary>
    Task<CommentAnalysis> AnalyzeAsync(string text, CancellationToken ct);
}
