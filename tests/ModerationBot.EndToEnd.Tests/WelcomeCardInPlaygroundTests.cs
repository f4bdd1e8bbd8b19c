using Microsoft.Playwright;
using ModerationBot.EndToEnd.Tests.Infrastructure;

namespace ModerationBot.EndToEnd.Tests;

/// <summary>
/// A person's view of the bot in Microsoft 365 Agents Playground, a Teams-like client written by Microsoft,
/// in headless Chromium: type the help command, read the welcome card, press its button.
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class WelcomeCardInPlaygroundTests(PlaygroundSession playground)
{
    // The Playground always sends locale en-US (it is hard-coded in the client), so the bot answers in English.
    private const string Title = "Hi! I'm the Moderation Assistant";
    private const string WhatIDo = "What I do";
    private const string ThreatsLine = "Recognise threats, tell you not to reply and hand them over to the responsible manager.";
    private const string HelpButton = "Show help";

    [Fact(Timeout = 240_000)]
    public async Task HelpCommand_TypedInPlayground_ShowsWelcomeCardWhoseHelpButtonAnswersAgain()
    {
        var page = playground.Page;
        var welcomeTitles = page.GetByText(Title, new() { Exact = true });
        var before = await welcomeTitles.CountAsync();

        await playground.SendAsync("hjälp");

        await playground.WaitForCountAsync(welcomeTitles, before + 1, "welcome card(s)");
        await Assertions.Expect(welcomeTitles.Last).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(WhatIDo).Last).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(ThreatsLine, new() { Exact = false }).Last).ToBeVisibleAsync();
        await playground.ScreenshotAsync("welcome-card-after-hjalp");

        var button = page.GetByRole(AriaRole.Button, new() { Name = HelpButton, Exact = true }).Last;
        await button.ScrollIntoViewIfNeededAsync();
        await button.ClickAsync();

        await playground.WaitForCountAsync(welcomeTitles, before + 2, "welcome card(s)");
        await Assertions.Expect(welcomeTitles.Last).ToBeVisibleAsync();
        await playground.ScreenshotAsync("welcome-card-after-help-button");
    }
}
