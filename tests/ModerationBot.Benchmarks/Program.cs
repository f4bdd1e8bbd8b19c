using ModerationBot.Benchmarks.Escalations;
using ModerationBot.Benchmarks.Load;

namespace ModerationBot.Benchmarks;

internal static class BenchmarkEntry
{
    public static async Task<int> Main(string[] args)
    {
        // `load` is a throughput run against the real host, not a BenchmarkDotNet micro-benchmark.
        if (args.Length > 0 && args[0] == "load")
        {
            return await LoadCommand.RunAsync(args[1..]);
        }

        // `escalations` times escalations from Send to the manager's card, through the outbox dispatcher.
        if (args.Length > 0 && args[0] == "escalations")
        {
            return await EscalationBurstCommand.RunAsync(args[1..]);
        }

        // `menace-stopwatch` compares the analyzer with and without the menace net (Stopwatch, alternating rounds).
        if (args.Length > 0 && args[0] == "menace-stopwatch")
        {
            return ModerationBot.Benchmarks.Analysis.MenaceStopwatch.Run();
        }

        BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
        return 0;
    }
}
