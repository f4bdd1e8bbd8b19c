using System.Diagnostics;
using System.Net.Http;

namespace ModerationBot.EndToEnd.Tests.Crash;

/// <summary>
/// The bot host as a process of its own (<c>dotnet ModerationBot.dll</c> from the host project's build output), so a
/// test can end it the way a crash or an out-of-memory kill does: SIGKILL, no shutdown code runs.
/// </summary>
internal sealed class BotProcess : IDisposable
{
    private const int KeptOutputLines = 200;
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly Queue<string> _output = new();

    private BotProcess(Process process) => _process = process;

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the host printed, for failure messages (the host logs no comment text).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join(Environment.NewLine, _output);
            }
        }
    }

    /// <summary>Starts the host on <paramref name="baseAddress"/> with <paramref name="settings"/> and waits until <c>/readyz</c> says 200.</summary>
    public static async Task<BotProcess> StartAsync(Uri baseAddress, IReadOnlyDictionary<string, string> settings, HttpClient client, CancellationToken ct)
    {
        var hostAssembly = HostAssemblyPath();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(hostAssembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(hostAssembly);
        // Plain "Urls", not ASPNETCORE_URLS: environment variables without prefix outrank appsettings.json, which sets the port.
        start.Environment["Urls"] = baseAddress.ToString().TrimEnd('/');
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var bot = new BotProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started."));
        bot._process.OutputDataReceived += bot.Keep;
        bot._process.ErrorDataReceived += bot.Keep;
        bot._process.BeginOutputReadLine();
        bot._process.BeginErrorReadLine();
        try
        {
            await bot.WaitUntilReadyAsync(new Uri(baseAddress, "/readyz"), client, ct);
            return bot;
        }
        catch
        {
            bot.Kill();
            bot.Dispose();
            throw;
        }
    }

    /// <summary>SIGKILL (what <see cref="Process.Kill(bool)"/> sends on Linux), then waits for the process to be gone.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit(TimeSpan.FromSeconds(10));
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(Uri readiness, HttpClient client, CancellationToken ct)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < s_startTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The bot host exited with code {_process.ExitCode} while starting. Output:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync(readiness, ct);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(50, ct);
        }

        throw new TimeoutException($"The bot host was not ready within {s_startTimeout.TotalSeconds} s. Output:\n{Output}");
    }

    private void Keep(object sender, DataReceivedEventArgs e)
    {
        if (e.Data is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Enqueue(e.Data);
            while (_output.Count > KeptOutputLines)
            {
                _output.Dequeue();
            }
        }
    }

    // The host project's own build output (artifacts/bin/ModerationBot/<pivot>/), beside this test project's.
    private static string HostAssemblyPath()
    {
        var ownOutput = Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory);
        var pivot = Path.GetFileName(ownOutput);
        var path = Path.GetFullPath(Path.Combine(ownOutput, "..", "..", "ModerationBot", pivot, "ModerationBot.dll"));
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"The bot host is not built at {path}; build the solution first (dotnet build ModerationBot.sln).");
    }
}
