namespace ModerationBot.Benchmarks.Load;

/// <summary>The figures of a measured run, checked against the targets of the service foundation issue.</summary>
internal sealed record LoadResult(
    LoadOptions Options,
    LatencySummary Latency,
    int Failures,
    TimeSpan Elapsed,
    long Replies,
    MemorySnapshot MemoryBefore,
    MemorySnapshot MemoryAfter)
{
    private const double TargetTurnsPerSecond = 1_000;
    private const double TargetP99Ms = 50;

    public double TurnsPerSecond => Latency.Count / Elapsed.TotalSeconds;

    public void Print(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"turns: {Latency.Count} ok, {Failures} failed, {Replies} replies at the fake connector, in {Elapsed.TotalSeconds:F1} s");
        output.WriteLine($"throughput: {TurnsPerSecond:F0} turns/s at {Options.Concurrency} concurrent senders (target >= {TargetTurnsPerSecond:F0}: {Verdict(TurnsPerSecond >= TargetTurnsPerSecond)})");
        output.WriteLine($"latency ms: p50 {Latency.P50:F2}, p95 {Latency.P95:F2}, p99 {Latency.P99:F2}, max {Latency.Max:F2} (target p99 <= {TargetP99Ms:F0}: {Verdict(Latency.P99 <= TargetP99Ms)})");
        var cpuPerTurn = (MemoryAfter.CpuTime - MemoryBefore.CpuTime).TotalMilliseconds / Math.Max(1, Latency.Count);
        output.WriteLine($"cpu: {cpuPerTurn:F2} ms of CPU per turn (bot, connector and senders together), "
            + $"so {Environment.ProcessorCount} idle cores could carry at most {Environment.ProcessorCount * 1000 / cpuPerTurn:F0} turns/s");
        output.WriteLine($"load average after the run: {MachineInfo.LoadAverage()}");
        output.WriteLine($"memory before: {MemoryBefore}");
        output.WriteLine($"memory after:  {MemoryAfter}");
    }

    private static string Verdict(bool met) => met ? "met" : "MISSED";
}
