using System.Diagnostics;

namespace ModerationBot.Benchmarks.Load;

/// <summary>
/// Working set, managed heap and CPU time of this process (bot, fake connector and load generator together).
/// </summary>
internal sealed record MemorySnapshot(long WorkingSetBytes, long GcHeapBytes, int Gen2Collections, TimeSpan CpuTime)
{
    public static MemorySnapshot Take()
    {
        using var process = Process.GetCurrentProcess();
        return new MemorySnapshot(process.WorkingSet64, GC.GetGCMemoryInfo().HeapSizeBytes, GC.CollectionCount(2), process.TotalProcessorTime);
    }

    public override string ToString() =>
        $"working set {WorkingSetBytes / 1_048_576.0:F0} MB, GC heap {GcHeapBytes / 1_048_576.0:F0} MB, gen2 {Gen2Collections}";
}
