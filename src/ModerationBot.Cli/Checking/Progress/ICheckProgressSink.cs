namespace ModerationBot.Cli.Checking.Progress;

/// <summary>What a running check reports: how far it got, and problem lines for stderr.</summary>
internal interface ICheckProgressSink
{
    void Advance(long line);

    /// <summary>Writes a line to stderr without tearing a progress bar that may be drawn there.</summary>
    void WriteError(string message);
}
