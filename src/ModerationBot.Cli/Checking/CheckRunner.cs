using System.Globalization;
using ModerationBot.Cli.Checking.Input;
using ModerationBot.Cli.Checking.Output;
using ModerationBot.Cli.Checking.Progress;
using ModerationBot.Core.Analysis;

namespace ModerationBot.Cli.Checking;

/// <summary>
/// Streams comments from a reader through the analyzer to a report writer in input order.
/// Problems are reported with their line number and never stop the good comments from being checked.
/// </summary>
internal sealed class CheckRunner(ICommentAnalyzer analyzer, ICheckReportWriter writer)
{
    public async Task<int> RunAsync(ICommentReader reader, ICheckProgressSink sink, CancellationToken ct)
    {
        var tally = new Tally();
        var pipeline = new AnalysisPipeline(analyzer);
        await foreach (var result in pipeline.RunAsync(reader.ReadAsync(ct), ct).ConfigureAwait(false))
        {
            switch (result)
            {
                case { Entry: InputComment comment, Analysis: { } analysis }:
                    tally.Checked++;
                    await writer.WriteAsync(new CheckedComment(comment, analysis), ct).ConfigureAwait(false);
                    break;
                case { Failure: { } failure }:
                    // The exception message could quote the comment, so only its type is shown.
                    tally.Failures++;
                    sink.WriteError(Format(result.Entry.Line, $"the analysis failed ({failure.GetType().Name}); skipped"));
                    break;
                case { Entry: InputProblem problem }:
                    tally.Problems++;
                    sink.WriteError(Format(problem.Line, problem.Message));
                    break;
            }

            sink.Advance(result.Entry.Line);
        }

        await writer.CompleteAsync(ct).ConfigureAwait(false);
        return Finish(tally, sink);
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

    private static string Format(long line, string message) =>
        string.Create(CultureInfo.InvariantCulture, $"line {line}: {message}");

    private sealed class Tally
    {
        public int Checked { get; set; }
        public int Problems { get; set; }
        public int Failures { get; set; }
    }
}
