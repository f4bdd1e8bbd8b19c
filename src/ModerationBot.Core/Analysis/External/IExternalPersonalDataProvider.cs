namespace ModerationBot.Core.Analysis.External;

/// <summary>
/// An optional remote detector of personal data (e.g. a cloud PII service). Calls may fail or time out; the caller
/// falls back to local findings, so implementations report failure by throwing or returning an empty list.
/// </summary>
public interface IExternalPersonalDataProvider
{
    /// <summary>
    /// Finds personal data in <paramref name="text"/>, written in <paramref name="language"/> (<c>sv</c> or <c>en</c>,
    /// as the local analysis found); offsets are UTF-16 indexes, end exclusive.
    /// </summary>
    Task<IReadOnlyList<ExternalPersonalDataFinding>> DetectAsync(string text, string language, CancellationToken ct);
}
