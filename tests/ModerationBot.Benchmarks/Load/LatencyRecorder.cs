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
        return LatencySummary.FromMilliseconds(_ticks[..recorded].Select(t => t * 1000.0 / Stopwatch.Frequency));
    }
}
