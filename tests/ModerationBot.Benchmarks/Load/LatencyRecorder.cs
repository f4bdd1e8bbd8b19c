using System.Diagnostics;

namespace ModerationBot.Benchmarks.Load;

/// <summary>
/// Turn latencies in one preallocated array, so recording allocates nothing and does not disturb the
/// memory figures the run reports.
/// </summary>
internal sealed class LatencyRecorder(int capacity)
{
    private readonly long[] _ticks = new long[capacity];
    private int _count;
    private int _failures;

    public int Count => Volatile.Read(ref _count);

    public int Failures => Volatile.Read(ref _failures);

    public void Record(long elapsedTimestamp)
    {
        var slot = Interlocked.Increment(ref _count) - 1;
        if (slot < _ticks.Length)
        {
            _ticks[slot] = elapsedTimestamp;
        }
    }

    public void RecordFailure() => Interlocked.Increment(ref _failures);

    public LatencySummary Summarize()
    {
        var recorded = Math.Min(Count, _ticks.Length);
        var sorted = _ticks[..recorded];
        Array.Sort(sorted);
        return new LatencySummary(recorded, Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), Percentile(sorted, 1.0));
    }

    private static double Percentile(long[] sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var index = (int)Math.Ceiling(p * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)] * 1000.0 / Stopwatch.Frequency;
    }
}
