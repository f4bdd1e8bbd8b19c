using System.Runtime.InteropServices;

namespace ModerationBot.Benchmarks.Load;

/// <summary>The machine a run was measured on, printed with the figures so they can be compared honestly.</summary>
internal static class MachineInfo
{
    public static string Describe()
    {
        var gc = System.Runtime.GCSettings.IsServerGC ? "server GC" : "workstation GC";
        return $"{Environment.ProcessorCount} logical CPUs ({CpuModel()}), {RuntimeInformation.OSDescription}, "
            + $"{RuntimeInformation.FrameworkDescription}, {gc}, load average {LoadAverage()}";
    }

    /// <summary>The 1/5/15-minute load averages: other work on the machine competes with the run.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string CpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        if (!File.Exists(cpuInfo))
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }

        var line = File.ReadLines(cpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':') + 1)..].Trim();
    }
}
