using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ModerationBot.EndToEnd.Tests.Infrastructure;

namespace ModerationBot.EndToEnd.Tests;

/// <summary>
/// A moderator in Agents Playground checks a threatening comment that contains an identity number: the bot's answer
/// is a result card that says not to reply and never shows the number in clear.
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed partial class CheckCommentInPlaygroundTests(PlaygroundSession playground)
{
    // 19121212-1212 is the Swedish Tax Agency's well-known test personnummer; its check digit is valid.
    private const string IdentityNumber = "19121212-1212";
    private const string Comment = $"Jag vet vem du är, {IdentityNumber}. Jag vet var du bor och jag ska döda dig.";

    // The Playground sends locale en-US, so the card is in English; the masked comment keeps the comment's
    // own language (Swedish), so its placeholder is the Swedish one.
    private const string CardTitle = "Comment check";
    private const string ThreatVerdict = "Threat: do not reply, save the comment and contact a manager today.";
    private const string WarningTitle = "Do not reply";
    private const string EscalateHeading = "What to do: escalate";
    private const string EscalateButton = "Escalate to manager";
    private const string MaskedIdentityNumber = "[personnummer]";
    private const string DraftsButton = "Draft registrar note and message";
    private const string RegistrarNoteLabel = "Note for the registrar";

    // Tall enough for the moderator's message and the whole result card in one screenshot.
    private const int ScreenshotHeight = 2_400;

    [Fact(Timeout = 240_000)]
    public async Task CheckCommand_CommentWithIdentityNumberAndThreat_ShowsMaskedResultCardSayingDoNotReply()
    {
        var page = playground.Page;
        var resultCards = page.Locator(".ac-adaptiveCard")
            .Filter(new() { Has = page.GetByText(CardTitle, new() { Exact = true }) });
        var before = await resultCards.CountAsync();

        await playground.SendAsync($"check {Comment}");

        await playground.WaitForCountAsync(resultCards, before + 1,
            "comment check result card(s) (the `check <comment>` command in personal chat answers with one)");
        var card = resultCards.Last;
        await card.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(card).ToBeVisibleAsync();
        await Assertions.Expect(card.GetByText(ThreatVerdict, new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(card.GetByText(WarningTitle, new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(card.GetByText(EscalateHeading, new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(card.GetByRole(AriaRole.Button, new() { Name = EscalateButton, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(card).ToContainTextAsync(MaskedIdentityNumber);
        await playground.ScreenshotAsync("check-result-threat", ScreenshotHeight);

        // The drafts for the registrar and the writer are what gets pasted elsewhere, so open them as a moderator would.
        await card.GetByRole(AriaRole.Button, new() { Name = DraftsButton, Exact = true }).ClickAsync();
        var registrarNote = card.GetByText(RegistrarNoteLabel, new() { Exact = false });
        await Assertions.Expect(registrarNote).ToBeVisibleAsync();
        await registrarNote.ScrollIntoViewIfNeededAsync();
        await playground.ScreenshotAsync("check-result-threat-drafts", ScreenshotHeight);

        // The moderator's own message holds the number, so only the bot's card is searched: all its text, hidden
        // parts included, and the values of its text fields, in every form the number could take.
        var everythingInCard = await card.EvaluateAsync<string>(
            "card => card.textContent + '\\n' + [...card.querySelectorAll('input, textarea')].map(field => field.value).join('\\n')");
        Assert.Contains(MaskedIdentityNumber, everythingInCard, StringComparison.Ordinal);
        Assert.DoesNotMatch(IdentityNumberInAnyForm(), everythingInCard);
        await Assertions.Expect(page.GetByText(IdentityNumber, new() { Exact = false }).First).ToBeVisibleAsync();
    }

    // 19121212-1212, 121212-1212, 191212121212 or 1212121212, with any separator.
    [GeneratedRegex(@"(19)?121212\s*[-+]?\s*1212")]
    private static partial Regex IdentityNumberInAnyForm();
}
