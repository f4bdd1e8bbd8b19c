namespace ModerationBot.Cli.Checking.Progress;

/// <summary>No progress display: problems go straight to the error writer.</summary>
internal sealed class NoCheckProgress(TextWriter error) : ICheckProgress, ICheckProgressSink
{
    public Task<int> RunAsync(Func<ICheckProgressSink, Task<int>> check) => check(this);

    public void Advance(long line)
    {
    }

    public void WriteError(string message) => error.WriteLine(message);
}
