using Spectre.Console;

namespace ModerationBot.Cli.Checking.Progress;

/// <summary>
/// Shows a progress bar only for a file of more than <see cref="CheckLimits.ProgressBarMinLines"/> lines and only when
/// stderr is a terminal, so pipes, logs and stdout never see it.
/// </summary>
internal static class CheckProgressFactory
{
    public static async Task<ICheckProgress> CreateAsync(
        string? path, bool errorIsTerminal, TextWriter error, CancellationToken ct)
    {
        if (!errorIsTerminal || path is null or "-")
        {
            return new NoCheckProgress(error);
        }

        var lines = await LineCounter.CountAsync(path, ct).ConfigureAwait(false);
        if (lines <= CheckLimits.ProgressBarMinLines)
        {
            return new NoCheckProgress(error);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
        return new SpectreCheckProgress(console, lines);
    }
}
