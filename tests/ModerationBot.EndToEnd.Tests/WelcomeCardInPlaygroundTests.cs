using Microsoft.Playwright;
using ModerationBot.EndToEnd.Tests.Infrastructure;

namespace ModerationBot.EndToEnd.Tests;

/// <summary>
/// A person's view of the bot in Microsoft 365 Agents Playground, a Teams-like client written by Microsoft,
/// in headless Chromium: type the help command, read the welcome card, press its button.
/// </summary>
public sealed class WelcomeCardInPlaygroundTests
{
    // The Playground always sends locale en-US (it is hard-coded in the client), so the bot answers in English.
    private const string Title = "Hi! I'm the Moderation Assistant";
    private const string WhatIDo = "What I do";
    private const string ThreatsLine = "Recognise threats, tell you not to reply and hand them over to the responsible manager.";
    private const string HelpButton = "Show help";

    private static readonly float s_replyTimeoutMs = 30_000;

    [Fact(Timeout = 240_000)]
    public async Task HelpCommand_TypedInPlayground_ShowsWelcomeCardWhoseHelpButtonAnswersAgain()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bot = new LocalBotHost();
        bot.StartServer();
        await using var playground = await PlaygroundProcess.StartAsync(bot.MessagingEndpoint, ct);
        await using var browser = await ChromiumBrowser.LaunchAsync();
        var page = await browser.Context.NewPageAsync();
        var consoleErrors = new ConsoleLog(page);
        await page.GotoAsync(playground.Address.ToString());

        var compose = page.GetByRole(AriaRole.Textbox).First;
        await compose.WaitForAsync();
        var welcomeTitles = page.GetByText(Title, new() { Exact = true });

        // Opening the Playground installs the app and the bot may greet with the same card (the Playground shows
        // the greeting only if its page was listening in time). The bot answers within the install request, so
        // once the log panel shows that request done, count what is there, and later count only new cards.
        await page.GetByText("installationUpdate").First.WaitForAsync();
        await page.WaitForTimeoutAsync(1_500);
        var before = await welcomeTitles.CountAsync();

        await compose.ClickAsync();
        await compose.PressSequentiallyAsync("hjälp");
        await compose.PressAsync("Enter");

        await WaitForCountAsync(welcomeTitles, before + 1, playground, consoleErrors);
        var card = welcomeTitles.Last;
        await Assertions.Expect(card).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(WhatIDo).Last).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(ThreatsLine, new() { Exact = false }).Last).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = ScreenshotFolder.For("welcome-card-after-hjalp"), FullPage = true });

        var button = page.GetByRole(AriaRole.Button, new() { Name = HelpButton, Exact = true }).Last;
        await button.ScrollIntoViewIfNeededAsync();
        await button.ClickAsync();

        await WaitForCountAsync(welcomeTitles, before + 2, playground, consoleErrors);
        await Assertions.Expect(welcomeTitles.Last).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = ScreenshotFolder.For("welcome-card-after-help-button"), FullPage = true });
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshots: {ScreenshotFolder.Path}");
    }

    private static async Task WaitForCountAsync(ILocator locator, int expected, PlaygroundProcess playground, ConsoleLog console)
    {
        var deadline = DateTimeOffset.UtcNow.AddMilliseconds(s_replyTimeoutMs);
        while (await locator.CountAsync() < expected)
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                Assert.Fail($"Expected {expected} welcome card(s) in the chat within {s_replyTimeoutMs / 1000} s, "
                    + $"saw {await locator.CountAsync()}. Playground output:\n{playground.Output}\nBrowser console:\n{console}");
            }

            await Task.Delay(200);
        }
    }
}
