using ModerationBot.Core.Analysis.PersonalData;

namespace ModerationBot.Core.Analysis.External;

/// <summary>
/// Runs the local analysis and, when an external provider is configured, adds its extra findings within a time
/// limit. Any failure, timeout or cancellation of the provider falls back to the local result unchanged.
/// </summary>
public sealed class ExternalAugmentedAnalyzer
{
    private readonly ICommentAnalyzer _local;
    private readonly IExternalPersonalDataProvider _provider;
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;

    /// <summary>Creates the analyzer; <paramref name="timeout"/> bounds each provider call.</summary>
    public ExternalAugmentedAnalyzer(ICommentAnalyzer local, IExternalPersonalDataProvider provider, TimeSpan timeout, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        _local = local;
        _provider = provider;
        _timeout = timeout;
        _time = time;
    }

    /// <summary>The local analysis, with external findings merged in and redaction redone when any were added.</summary>
    public async Task<CommentAnalysis> AnalyzeAsync(string text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(text);
        var local = _local.Analyze(text);
        IReadOnlyList<ExternalPersonalDataFinding> external;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(_timeout);
        try
        {
            external = await _provider.DetectAsync(text, local.Language, limit.Token).WaitAsync(_timeout, _time, limit.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException && !ct.IsCancellationRequested)
        {
            // The provider is optional: a failure must never cost the local result.
            return local;
        }

        var merged = PersonalDataMerger.Merge(local.PersonalData, external, text.Length, PersonalDataPolicy.For);
        if (merged.Count == local.PersonalData.Count)
        {
            return local;
        }

        var spans = merged.Select(f => (f.Start, f.End, Redactor.PlaceholderKey(f.Type)))
            .Concat(local.SensitiveData.Select(s => (s.Start, s.End, Redactor.PlaceholderKey(s.Category))));
        var action = local.Action < ModerationAction.Remove && merged.Any(f => f.Type != PersonalDataType.PersonName)
            ? ModerationAction.Remove
            : local.Action;
        return local with { PersonalData = merged, Action = action, Redacted = Redactor.Redact(text, spans, local.Language) };
    }
}
