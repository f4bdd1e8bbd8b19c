using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace ModerationBot.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Microsoft 365 Agents Playground (npm <c>@microsoft/m365agentsplayground</c>) as a child process: a Teams-like
/// web client with its own mocked connector, pointed at the bot's messaging endpoint.
/// </summary>
internal sealed partial class PlaygroundProcess : IAsyncDisposable
{
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _workingDirectory;

    private PlaygroundProcess(Process process, string workingDirectory)
    {
        _process = process;
        _workingDirectory = workingDirectory;
    }

    public Uri Address { get; private set; } = null!;

    /// <summary>What the Playground printed so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the Playground for <paramref name="botEndpoint"/>; its personal chat gets the id <paramref name="conversationId"/>.</summary>
    public static async Task<PlaygroundProcess> StartAsync(Uri botEndpoint, string conversationId, CancellationToken ct)
    {
        var cli = Path.Combine(PackageDirectory(), "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException(
                $"Agents Playground is not installed at {cli}. Run `npm ci` in {PackageDirectory()} (the build does this when node_modules is missing).");
        }

        // The Playground writes a devTools log folder into its working directory; keep it out of the repository.
        var workingDirectory = Directory.CreateTempSubdirectory("moderationbot-e2e-playground-").FullName;
        await File.WriteAllTextAsync(Path.Combine(workingDirectory, PlaygroundConfiguration.FileName), PlaygroundConfiguration.Yaml(conversationId), ct);
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            cli, "-e", botEndpoint.ToString(), "-c", "msteams",
            "-p", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture), "--disable-telemetry",
            "--conversation-id", conversationId,
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        var playground = new PlaygroundProcess(process, workingDirectory);
        try
        {
            await playground.WaitUntilListeningAsync(ct);
            return playground;
        }
        catch
        {
            await playground.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(timeout.Token);
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_workingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A log file still held open is harmless in a temp folder.
        }
    }

    private async Task WaitUntilListeningAsync(CancellationToken ct)
    {
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            lock (_output)
            {
                _output.AppendLine(e.Data);
            }

            // The Playground falls back to a random port when ours is taken, so read the one it chose.
            var match = ListeningLine().Match(e.Data);
            if (match.Success)
            {
                listening.TrySetResult(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        _process.OutputDataReceived += OnLine;
        _process.ErrorDataReceived += OnLine;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(s_startTimeout);
        var exited = _process.WaitForExitAsync(timeout.Token);
        var first = await Task.WhenAny(listening.Task, exited);
        if (first != listening.Task)
        {
            throw new InvalidOperationException(
                $"Agents Playground did not start listening within {s_startTimeout.TotalSeconds} s. Output:\n{Output}");
        }

        Address = new Uri($"http://127.0.0.1:{await listening.Task}/");
    }

    private static string PackageDirectory() =>
        typeof(PlaygroundProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "PlaygroundDir").Value!;

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningLine();
}
