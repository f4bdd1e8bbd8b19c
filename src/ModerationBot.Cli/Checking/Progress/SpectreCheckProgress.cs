using Spectre.Console;

namespace ModerationBot.Cli.Checking.Progress;

/// <summary>A progress bar over the input's lines, drawn on stderr by Spectre.Console and cleared when done.</summary>
internal sealed class SpectreCheckProgress(IAnsiConsole console, long totalLines) : ICheckProgress
{
    public Task<int> RunAsync(Func<ICheckProgressSink, Task<int>> check) =>
        console.Progress()
            .AutoClear(true)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Checking comments", maxValue: Math.Max(1, totalLines));
                var exitCode = await check(new Sink(console, task)).ConfigureAwait(false);
                task.Value = task.MaxValue;
                return exitCode;
            });

    private sealed class Sink(IAnsiConsole console, ProgressTask task) : ICheckProgressSink
    {
        public void Advance(long line) => task.Value = line;

        // Going through the console lets Spectre redraw the bar below the message instead of over it.
        public void WriteError(string message) => console.WriteLine(message);
    }
}
