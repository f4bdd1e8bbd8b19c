using System.Globalization;
using ModerationBot.Cli.Checking.Input;
using ModerationBot.Cli.Checking.Output;
using ModerationBot.Cli.Checking.Progress;
using ModerationBot.Core.Analysis;

namespace ModerationBot.Cli.Checking;

/// <summary>
/// Streams comments from a reader through the analyzer to a report writer, one at a time and in input order.
/// Problems are reported with their line number and never stop the good comments from being checked.
/// </summary>
internal sealed class CheckRunner(ICommentAnalyzer analyzer, ICheckReportWriter writer)
{
    public async Task<int> RunAsync(ICommentReader reader, ICheckProgressSink sink, CancellationToken ct)
    {
        var tally = new Tally();
        await foreach (var entry in reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var problem = entry switch
            {
                InputProblem p => p,
                InputComment c when c.Text.Length > CheckLimits.MaxCommentLength =>
                    InputMessages.CommentTooLong(c.Line, c.Text.Length),
                _ => null,
            };
            if (problem is not null)
            {
                tally.Problems++;
                sink.WriteError(Format(problem));
            }
            else
            {
                await CheckAsync((InputComment)entry, sink, tally, ct).ConfigureAwait(false);
            }

            sink.Advance(entry.Line);
        }

        await writer.CompleteAsync(ct).ConfigureAwait(false);
        return Finish(tally, sink);
    }

    private async Task CheckAsync(InputComment comment, ICheckProgressSink sink, Tally tally, CancellationToken ct)
    {
        CommentAnalysis analysis;
        try
        {
            analysis = analyzer.Analyze(comment.Text);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The exception message could quote the comment, so only its type is shown.
            tally.Failures++;
            sink.WriteError(Format(new InputProblem(comment.Line, $"the analysis failed ({e.GetType().Name}); skipped")));
            return;
        }

        tally.Checked++;
        await writer.WriteAsync(new CheckedComment(comment, analysis), ct).ConfigureAwait(false);
    }

    private static int Finish(Tally tally, ICheckProgressSink sink)
    {
        if (tally.Checked + tally.Problems + tally.Failures == 0)
        {
            sink.WriteError("error: the input contains no comments");
            return CheckExitCodes.BadInput;
        }

        if (tally.Problems + tally.Failures == 0)
        {
            return CheckExitCodes.Ok;
        }

        sink.WriteError(string.Create(
            CultureInfo.InvariantCulture,
            $"{tally.Problems + tally.Failures} input line(s) skipped; {tally.Checked} comment(s) checked"));
        return tally.Failures > 0 ? CheckExitCodes.Failure : CheckExitCodes.BadInput;
    }

    private static string Format(InputProblem problem) =>
        string.Create(CultureInfo.InvariantCulture, $"line {problem.Line}: {problem.Message}");

    private sealed class Tally
    {
        public int Checked { get; set; }
        public int Problems { get; set; }
        public int Failures { get; set; }
    }
}
