namespace ModerationBot.Cli.Checking.Progress;

/// <summary>Runs a check with or without a progress display on stderr.</summary>
internal interface ICheckProgress
{
    Task<int> RunAsync(Func<ICheckProgressSink, Task<int>> check);
}

/// <summary>What a running check reports: how far it got, and problem lines for stderr.</summary>
internal interface ICheckProgressSink
{
    void Advance(long line);

    /// <summary>Writes a line to stderr without tearing a progress bar that may be drawn there.</summary>
    void WriteError(string message);
}
