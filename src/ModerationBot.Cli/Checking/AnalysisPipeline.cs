using System.Runtime.CompilerServices;
using System.Threading.Channels;
using ModerationBot.Cli.Checking.Input;
using ModerationBot.Core.Analysis;

namespace ModerationBot.Cli.Checking;

/// <summary>
/// Analyses comments on all cores while reading ahead a bounded number of entries, and hands them back in input
/// order. Memory stays bounded by the read-ahead, whatever the size of the input.
/// </summary>
internal sealed class AnalysisPipeline(ICommentAnalyzer analyzer)
{
    private static readonly int _readAhead = Environment.ProcessorCount * 16;

    public async IAsyncEnumerable<AnalysedEntry> RunAsync(
        IAsyncEnumerable<InputEntry> entries, [EnumeratorCancellation] CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var channel = Channel.CreateBounded<PendingEntry>(
            new BoundedChannelOptions(_readAhead) { SingleReader = true, SingleWriter = true });
        var producer = ProduceAsync(entries, channel.Writer, stop.Token);
        try
        {
            await foreach (var pending in channel.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                yield return await CompleteAsync(pending).ConfigureAwait(false);
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(false);
        }
    }

    private async Task ProduceAsync(
        IAsyncEnumerable<InputEntry> entries, ChannelWriter<PendingEntry> writer, CancellationToken ct)
    {
        Exception? failure = null;
        try
        {
            await foreach (var entry in entries.WithCancellation(ct).ConfigureAwait(false))
            {
                var checkedEntry = entry is InputComment { Text.Length: > CheckLimits.MaxCommentLength } tooLong
                    ? InputMessages.CommentTooLong(tooLong.Line, tooLong.Text.Length)
                    : entry;
                var work = checkedEntry is InputComment comment
                    ? Task.Run(() => analyzer.Analyze(comment.Text), ct)
                    : null;
                await writer.WriteAsync(new PendingEntry(checkedEntry, work), ct).ConfigureAwait(false);
            }
        }
        catch (Exception e)
        {
            // Handed to the consumer, which rethrows it after the entries read so far.
            failure = e;
        }
        finally
        {
            writer.TryComplete(failure);
        }
    }

    private static async Task<AnalysedEntry> CompleteAsync(PendingEntry pending)
    {
        if (pending.Work is null)
        {
            return new AnalysedEntry(pending.Entry, null, null);
        }

        try
        {
            return new AnalysedEntry(pending.Entry, await pending.Work.ConfigureAwait(false), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new AnalysedEntry(pending.Entry, null, e);
        }
    }

    private sealed record PendingEntry(InputEntry Entry, Task<CommentAnalysis>? Work);
}
