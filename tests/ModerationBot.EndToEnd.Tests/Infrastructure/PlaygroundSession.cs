using Microsoft.Playwright;

namespace ModerationBot.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One bot host, one Agents Playground and one Chromium page with the personal chat open, started once and shared by
/// the browser tests (starting them takes far longer than any test). Tests only add messages to the same chat, so each
/// counts what is on screen before it types and waits for new elements only.
/// </summary>
public sealed class PlaygroundSession : IAsyncLifetime
{
    private static readonly TimeSpan s_replyTimeout = TimeSpan.FromSeconds(30);

    private readonly LocalBotHost _bot = new();
    private PlaygroundProcess? _playground;
    private ChromiumBrowser? _browser;
    private ConsoleLog? _console;

    /// <summary>The bot host's services, to check what a turn stored (cases, outbox).</summary>
    internal IServiceProvider BotServices => _bot.Services;

    /// <summary>The Playground's page: the personal chat with the bot.</summary>
    public IPage Page { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        _bot.StartServer();
        _playground = await PlaygroundProcess.StartAsync(_bot.MessagingEndpoint, LocalBotHost.PersonalConversationId, ct);
        _browser = await ChromiumBrowser.LaunchAsync();
        Page = await _browser.Context.NewPageAsync();
        _console = new ConsoleLog(Page);
        await Page.GotoAsync(_playground.Address.ToString());
        await Compose.WaitForAsync();

        // Opening the Playground installs the app and the bot may greet with a card (shown only if the page was
        // listening in time). The bot answers within the install request, so once the log panel shows that request
        // done and a moment has passed, whatever a test counts afterwards is stable.
        await Page.GetByText("installationUpdate").First.WaitForAsync();
        await Page.WaitForTimeoutAsync(1_500);
    }

    /// <summary>Types <paramref name="text"/> into the compose box, as a person would, and sends it.</summary>
    public async Task SendAsync(string text)
    {
        await Compose.ClickAsync();
        await Compose.PressSequentiallyAsync(text);
        await Compose.PressAsync("Enter");
    }

    /// <summary>
    /// Waits until <paramref name="locator"/> matches at least <paramref name="expected"/> elements, or fails the test
    /// naming <paramref name="what"/> with the Playground's output and the browser console.
    /// </summary>
    public async Task WaitForCountAsync(ILocator locator, int expected, string what)
    {
        ArgumentNullException.ThrowIfNull(locator);
        var deadline = DateTimeOffset.UtcNow + s_replyTimeout;
        while (await locator.CountAsync() < expected)
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                // What the chat showed instead (an error card, a "didn't understand") is what one needs to see first.
                var screenshot = await ScreenshotAsync("timed-out-waiting");
                Assert.Fail($"Expected {expected} {what} in the chat within {s_replyTimeout.TotalSeconds} s, "
                    + $"saw {await locator.CountAsync()}. Screenshot: {screenshot}\nPlayground output:\n{_playground?.Output}\nBrowser console:\n{_console}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>
    /// Saves a screenshot named <paramref name="name"/>.png and returns its path. The chat scrolls inside the page, so
    /// a card taller than the window is only seen whole with a taller window: <paramref name="height"/> sets one for
    /// the shot (the chat keeps its newest message at the bottom) and the window gets its size back afterwards.
    /// </summary>
    public async Task<string> ScreenshotAsync(string name, int? height = null)
    {
        var path = ScreenshotFolder.For(name);
        var window = Page.ViewportSize;
        if (height is { } tall && window is not null)
        {
            await Page.SetViewportSizeAsync(window.Width, tall);
            await Page.WaitForTimeoutAsync(500);
        }

        try
        {
            await Page.ScreenshotAsync(new() { Path = path, FullPage = true });
        }
        finally
        {
            if (height is not null && window is not null)
            {
                await Page.SetViewportSizeAsync(window.Width, window.Height);
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {path}");
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        if (_playground is not null)
        {
            await _playground.DisposeAsync();
        }

        await _bot.DisposeAsync();
    }

    // The compose box is the Playground's rich-text editor (contenteditable). Cards in the chat have text inputs of
    // their own (the check result's drafts), so "the first textbox on the page" can be a card's input.
    private ILocator Compose => Page.Locator("[contenteditable='true'][role='textbox']").First;
}
