using System.Globalization;
using ModerationBot.Core.Analysis;

namespace ModerationBot.Cli.Checking.Output;

/// <summary>
/// A report for a person: one block per comment with its verdict, findings (type and position) and a masked excerpt,
/// then a count per action. Comment text is shown only as the engine's redacted text.
/// </summary>
internal sealed class TextReportWriter(TextWriter output) : ICheckReportWriter
{
    private readonly Dictionary<ModerationAction, int> _actions = [];
    private int _count;

    public async ValueTask WriteAsync(CheckedComment comment, CancellationToken ct)
    {
        var analysis = comment.Analysis;
        _count++;
        _actions[analysis.Action] = _actions.GetValueOrDefault(analysis.Action) + 1;
        await output.WriteAsync(TextReportBlock.For(comment).AsMemory(), ct).ConfigureAwait(false);
    }

    public async ValueTask CompleteAsync(CancellationToken ct)
    {
        var perAction = Enum.GetValues<ModerationAction>()
            .Reverse()
            .Where(_actions.ContainsKey)
            .Select(a => string.Create(CultureInfo.InvariantCulture, $"{_actions[a]} {ContractId.Of(a)}"));
        var summary = _count == 0
            ? "No comments checked."
            : string.Create(
                CultureInfo.InvariantCulture,
                $"Checked {_count} comment{(_count == 1 ? "" : "s")}: {string.Join(", ", perAction)}.");
        await output.WriteLineAsync(summary.AsMemory(), ct).ConfigureAwait(false);
        await output.FlushAsync(ct).ConfigureAwait(false);
    }
}
