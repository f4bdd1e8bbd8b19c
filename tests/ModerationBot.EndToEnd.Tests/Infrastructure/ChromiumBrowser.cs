using Microsoft.Playwright;

namespace ModerationBot.EndToEnd.Tests.Infrastructure;

/// <summary>Debian's Chromium, driven headless by Playwright with a throwaway profile.</summary>
internal sealed class ChromiumBrowser : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly string _profileDirectory;

    private ChromiumBrowser(IPlaywright playwright, IBrowserContext context, string profileDirectory)
    {
        _playwright = playwright;
        Context = context;
        _profileDirectory = profileDirectory;
    }

    public IBrowserContext Context { get; }

    public static async Task<ChromiumBrowser> LaunchAsync()
    {
        // Playwright cannot download browsers here, so the system package is the only browser there is.
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {ExecutablePath}. Install it with `apt-get install -y chromium` (as root) and run the tests again.");
        }

        var profile = Directory.CreateTempSubdirectory("moderationbot-e2e-chromium-").FullName;
        var playwright = await Playwright.CreateAsync();
        try
        {
            var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Timeout = 60_000,
                ViewportSize = new ViewportSize { Width = 1280, Height = 1000 },
                Args =
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                ],
            });
            context.SetDefaultTimeout(30_000);

            // The Playground page links fonts and animations from Microsoft's CDN; the test must stay on loopback.
            await context.RouteAsync("**/*", route => IsLoopback(route.Request.Url) ? route.ContinueAsync() : route.AbortAsync());
            return new ChromiumBrowser(playwright, context, profile);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        _playwright.Dispose();
        TryDelete(_profileDirectory);
    }

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Scheme is "data" or "blob");

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be flushing its profile; a leftover temp folder is harmless.
        }
    }
}
