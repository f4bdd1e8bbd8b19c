using System.CommandLine;
using System.Text;
using System.Text.Json;
using ModerationBot.Cli.Checking;
using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Cli.Tests.Checking;

/// <summary>Runs <c>moderationbot check</c> in-process with captured stdin, stdout and stderr.</summary>
internal static class CheckHarness
{
    public static async Task<CheckRun> RunAsync(
        ICommentAnalyzer analyzer, IEnumerable<string> args, string? stdin = null, bool errorIsTerminal = false)
    {
        var services = new CheckServices(
            () => analyzer,
            () => new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? string.Empty)),
            () => errorIsTerminal);
        var root = new RootCommand { CheckCommand.Create(services) };
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await root.Parse(["check", .. args])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return new CheckRun(exitCode, output.ToString(), error.ToString());
    }
}

internal sealed record CheckRun(int ExitCode, string Stdout, string Stderr)
{
    public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The ids of the JSON Lines written to stdout, in order.</summary>
    public string[] JsonLineIds =>
        StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString() ?? "").ToArray();
}
