namespace ModerationBot.Cli.Checking.Progress;

/// <summary>Runs a check with or without a progress display on stderr.</summary>
internal interface ICheckProgress
{
    Task<int> RunAsync(Func<ICheckProgressSink, Task<int>> check);
}
