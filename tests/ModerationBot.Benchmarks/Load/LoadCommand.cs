namespace ModerationBot.Benchmarks.Load;

/// <summary>
/// <c>load</c>: hosts the bot in-process on loopback with real JWT authentication and a fake connector, posts
/// authenticated <c>hjälp</c> turns from concurrent senders and reports throughput, latency and memory.
/// </summary>
internal static class LoadCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        LoadOptions options;
        try
        {
            options = LoadOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }

        using var stop = new CancellationTokenSource(options.MaxDuration + TimeSpan.FromMinutes(2));
        Console.WriteLine($"machine: {MachineInfo.Describe()}");
        Console.WriteLine($"run: {options.Turns} turns, {options.Concurrency} concurrent senders, {options.WarmupTurns} warm-up turns, at most {options.MaxDuration.TotalSeconds:F0} s");
        await using var connector = await FakeConnector.StartAsync(stop.Token);
        await using var environment = await LoadEnvironment.StartAsync(connector, options.Concurrency, stop.Token);
        var result = await new LoadRun(options, environment, connector).ExecuteAsync(stop.Token);
        result.Print(Console.Out);
        return result.Failures == 0 ? 0 : 1;
    }
}
