using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ModerationBot.Cases;
using ModerationBot.Cases.Outbox;
using ModerationBot.Core.Cases;
using ModerationBot.Storage;
using ModerationBot.EndToEnd.Tests.Infrastructure;

namespace ModerationBot.EndToEnd.Tests;

/// <summary>
/// A moderator in Agents Playground checks a threat, escalates it (preview, then Send), the case is stored with its card
/// in the outbox, and the dispatcher delivers the card to its receiver: the fallback escalation channel, which in this
/// setup is the Playground's own chat (see <see cref="LocalBotHost"/>).
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed partial class EscalateThreatInPlaygroundTests(PlaygroundSession playground)
{
    // 19121212-1212 is the Swedish Tax Agency's well-known test personnummer.
    private const string IdentityNumber = "19121212-1212";
    private const string Comment = $"Jag vet vem du är, {IdentityNumber}. Jag vet var du jobbar och jag ska döda dig i kväll.";
    private const string Link = "https://www.facebook.com/kommunen/posts/1?comment_id=2";

    // The Playground sends locale en-US, so every card and reply is in English.
    private const string CheckTitle = "Comment check";
    private const string EscalateButton = "Escalate to manager";
    private const string PreviewTitle = "Escalate the threat";
    private const string Receiver = "This goes to " + LocalBotHost.EscalationChannelName;
    private const string ReceiverSource = "(the escalation channel, because no manager was found)";
    private const string LinkLabel = "Link to the comment (optional)";
    private const string SendButton = "Send";
    private const string MaskedIdentityNumber = "[personnummer]";

    private const int ScreenshotHeight = 2_400;

    [Fact(Timeout = 240_000)]
    public async Task EscalateButton_PreviewThenSend_ReporterToldTheNumberAndTheCaseCardArrives()
    {
        var page = playground.Page;
        var checkCards = Cards(page, CheckTitle);
        var previews = Cards(page, PreviewTitle);
        var (checksBefore, previewsBefore) = (await checkCards.CountAsync(), await previews.CountAsync());

        await playground.SendAsync($"check {Comment}");
        await playground.WaitForCountAsync(checkCards, checksBefore + 1, "comment check result card(s)");
        await checkCards.Last.GetByRole(AriaRole.Button, new() { Name = EscalateButton, Exact = true }).ClickAsync();

        await playground.WaitForCountAsync(previews, previewsBefore + 1, "escalation preview card(s) (the escalate button answers with one)");
        var preview = previews.Last;
        await preview.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(preview.GetByText(Receiver, new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(preview.GetByText(ReceiverSource, new() { Exact = true })).ToBeVisibleAsync();
        await preview.GetByLabel(LinkLabel).FillAsync(Link);
        await playground.ScreenshotAsync("escalation-preview", ScreenshotHeight);

        var confirmations = page.GetByText(Confirmation());
        var confirmationsBefore = await confirmations.CountAsync();
        await preview.GetByRole(AriaRole.Button, new() { Name = SendButton, Exact = true }).ClickAsync();
        await playground.WaitForCountAsync(confirmations, confirmationsBefore + 1, "confirmation(s) naming the case number and receiver");
        var number = Confirmation().Match(await confirmations.Last.InnerTextAsync()).Groups[1].Value;
        Assert.True(CaseNumber.TryParse(number, out var caseNumber));
        var stored = await playground.BotServices.GetRequiredService<ICaseStore>().FindAsync(caseNumber, TestContext.Current.CancellationToken);
        Assert.NotNull(stored);
        Assert.Equal((CaseKind.Threat, Link, "channel:" + LocalBotHost.PersonalConversationId), (stored.Kind, stored.Link, stored.ResponsibleManagerId));

        // The manager's card waits in the outbox, addressed to the fallback channel, which here is the Playground's chat.
        var queued = await QueuedCardAsync(stored.Id);
        Assert.Equal((OutboxTargetKind.Conversation, LocalBotHost.PersonalConversationId), (queued.Target.Kind, queued.Target.ConversationId));
        Assert.Contains(number, queued.Activity, StringComparison.Ordinal);
        Assert.DoesNotContain(IdentityNumber, queued.Activity, StringComparison.Ordinal);

        // The outbox dispatcher sends it after the turn, proactively; the card names the case, so it is unambiguous.
        var caseCards = page.Locator(".ac-adaptiveCard").Filter(new() { Has = page.GetByText(number, new() { Exact = false }) });
        await playground.WaitForCountAsync(caseCards, 1, $"case card(s) for {number} (sent proactively by the outbox dispatcher)");
        var caseCard = caseCards.Last;
        await caseCard.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(caseCard).ToContainTextAsync(MaskedIdentityNumber);
        await Assertions.Expect(caseCard).ToContainTextAsync(Link);
        Assert.DoesNotContain(IdentityNumber, await caseCard.InnerTextAsync(), StringComparison.Ordinal);
        await playground.ScreenshotAsync("escalation-case-card", ScreenshotHeight);
    }

    private async Task<(OutboxTarget Target, string Activity)> QueuedCardAsync(Guid caseId)
    {
        var database = playground.BotServices.GetRequiredService<StorageDatabase>();
        await using var connection = await database.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT target, payload FROM outbox_messages WHERE case_id = $caseId";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$caseId";
        parameter.Value = caseId.ToString("N");
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        Assert.True(await reader.ReadAsync(TestContext.Current.CancellationToken), "The case has no queued card.");
        var activity = OutboxJson.ReadActivity(OutboxJson.ReadPayload(reader.GetString(1)));
        return (OutboxJson.ReadTarget(reader.GetString(0)), System.Text.Json.JsonSerializer.Serialize(activity.Attachments![0].Content));
    }

    private static ILocator Cards(IPage page, string title) =>
        page.Locator(".ac-adaptiveCard").Filter(new() { Has = page.GetByText(title, new() { Exact = true }) });

    [GeneratedRegex(@"(MOD-\d{4}-\d{4}) sent to " + "Moderation escalations \\(E2E\\)" + @"; you will be told when it is acknowledged\.")]
    private static partial Regex Confirmation();
}
