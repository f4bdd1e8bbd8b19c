using ModerationBot.Core.Analysis;
using ModerationBot.Core.Analysis.External;

namespace ModerationBot.Analysis;

/// <summary>Local analysis alone, or augmented by an external provider when one is configured.</summary>
internal sealed class CommentAnalysisService : ICommentAnalysisService
{
    private readonly ICommentAnalyzer _local;
    private readonly ExternalAugmentedAnalyzer? _augmented;

    public CommentAnalysisService(ICommentAnalyzer local, ExternalAugmentedAnalyzer? augmented)
    {
        ArgumentNullException.ThrowIfNull(local);
        _local = local;
        _augmented = augmented;
    }

    public Task<CommentAnalysis> AnalyzeAsync(string text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(text);
        ct.ThrowIfCancellationRequested();
        return _augmented is null ? Task.FromResult(_local.Analyze(text)) : _augmented.AnalyzeAsync(text, ct);
    }
}
