using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace ModerationBot.Benchmarks.Load;

/// <summary>Concurrent senders posting <c>hjälp</c> turns until the turn count or the time limit is reached.</summary>
internal sealed class LoadRun(LoadOptions options, LoadEnvironment environment, FakeConnector connector)
{
    private static readonly MediaTypeHeaderValue s_json = new("application/json") { CharSet = "utf-8" };

    public async Task<LoadResult> ExecuteAsync(CancellationToken ct)
    {
        if (options.WarmupTurns > 0)
        {
            var warmup = new LatencyRecorder(options.WarmupTurns);
            await RunPhaseAsync("warmup", options.WarmupTurns, warmup, reportInterval: null, ct);
            Console.WriteLine($"warm-up: {warmup.Count} turns, {warmup.Failures} failures");
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var repliesBefore = connector.Replies;
        var memoryBefore = MemorySnapshot.Take();
        Console.WriteLine($"before: {memoryBefore}");

        var recorder = new LatencyRecorder(options.Turns);
        var elapsed = await RunPhaseAsync("run", options.Turns, recorder, options.ReportInterval, ct);
        return new LoadResult(options, recorder.Summarize(), recorder.Failures, elapsed, connector.Replies - repliesBefore, memoryBefore, MemorySnapshot.Take());
    }

    private async Task<TimeSpan> RunPhaseAsync(string phase, int turns, LatencyRecorder recorder, TimeSpan? reportInterval, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(options.MaxDuration);
        var next = -1;
        var started = Stopwatch.StartNew();
        using var reporting = new CancellationTokenSource();
        var reporter = reportInterval is { } interval
            ? ReportAsync(recorder, started, interval, reporting.Token)
            : Task.CompletedTask;

        var senders = Enumerable.Range(0, options.Concurrency).Select(sender => Task.Run(async () =>
        {
            while (!deadline.IsCancellationRequested)
            {
                var turn = Interlocked.Increment(ref next);
                if (turn >= turns)
                {
                    return;
                }

                await SendTurnAsync(phase, sender, turn, recorder, deadline.Token);
            }
        }, CancellationToken.None));
        await Task.WhenAll(senders);
        started.Stop();
        await reporting.CancelAsync();
        await reporter;
        if (deadline.IsCancellationRequested && recorder.Count < turns)
        {
            Console.WriteLine($"{phase}: stopped by the time limit after {recorder.Count} of {turns} turns");
        }

        return started.Elapsed;
    }

    private async Task SendTurnAsync(string phase, int sender, int turn, LatencyRecorder recorder, CancellationToken ct)
    {
        var body = environment.HelpActivity(conversation: sender, activityId: $"{phase}-{turn}");
        using var request = new HttpRequestMessage(HttpMethod.Post, environment.MessagingEndpoint)
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) { Headers = { ContentType = s_json } },
        };
        request.Headers.Authorization = environment.Authorization;
        var start = Stopwatch.GetTimestamp();
        try
        {
            using var response = await environment.Client.SendAsync(request, ct);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                recorder.Record(Stopwatch.GetTimestamp() - start);
                return;
            }

            if (recorder.Failures < 5)
            {
                Console.Error.WriteLine($"{phase} turn {turn}: HTTP {(int)response.StatusCode}");
            }
        }
        catch (HttpRequestException e)
        {
            Console.Error.WriteLine($"{phase} turn {turn}: {e.Message}");
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return;
        }

        recorder.RecordFailure();
    }

    private static async Task ReportAsync(LatencyRecorder recorder, Stopwatch clock, TimeSpan interval, CancellationToken ct)
    {
        var previous = 0;
        var previousTime = TimeSpan.Zero;
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                var count = recorder.Count;
                var now = clock.Elapsed;
                var rate = (count - previous) / (now - previousTime).TotalSeconds;
                Console.WriteLine($"  {now.TotalSeconds,6:F1} s  {count,8} turns  {rate,8:F0} turns/s  {MemorySnapshot.Take()}");
                previous = count;
                previousTime = now;
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }
}
