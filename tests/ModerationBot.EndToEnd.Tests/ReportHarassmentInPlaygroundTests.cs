using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ModerationBot.EndToEnd.Tests.Infrastructure;

namespace ModerationBot.EndToEnd.Tests;

/// <summary>
/// An employee reports harassment in Agents Playground, which has no dialogs: the danger question comes first, the
/// form works as a card in the chat, the receiver is shown before sending, the confirmation gives a case number; then
/// the receiver opens and acknowledges the report and the employee sees the new status.
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class ReportHarassmentInPlaygroundTests(PlaygroundSession playground)
{
    // The Playground sends locale en-US, so the bot answers in English.
    private const string DangerQuestion = "Are you in immediate danger right now?";
    private const string NotInDanger = "No, go on to the report";
    private const string FormNext = "Show receiver and review";
    private const string Description = "An account writes to me every evening about my work and says it knows where I live.";
    private const string SentTitle = "Your report has been sent";
    private const int ScreenshotHeight = 2_400;

    // The receiver's side: the HR contact is the Playground's own user (see LocalBotHost).
    private const string Notification = "You have received a harassment report from an employee.";
    private const string OpenButton = "Open the report";
    private const string AcknowledgeButton = "Acknowledge that you received the report";

    [Fact(Timeout = 240_000)]
    public async Task ReportCommand_FormFilledInChat_ShowsReceiverThenConfirmsWithCaseNumberAndAdvice()
    {
        var page = playground.Page;
        var questions = page.GetByText(DangerQuestion, new() { Exact = true });
        var before = await questions.CountAsync();

        await playground.SendAsync("report");

        await playground.WaitForCountAsync(questions, before + 1, "danger question card(s)");
        var forms = page.Locator(".ac-adaptiveCard").Filter(new() { Has = page.GetByRole(AriaRole.Button, new() { Name = FormNext, Exact = true }) });
        var formsBefore = await forms.CountAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = NotInDanger, Exact = true }).Last.ClickAsync();

        await playground.WaitForCountAsync(forms, formsBefore + 1, "report form card(s)");
        var form = forms.Last;
        await form.GetByRole(AriaRole.Radio, new() { Name = "Harassment", Exact = true }).CheckAsync();
        // The Playground draws a compact choice set as a Fluent combobox, not a <select>.
        await form.GetByRole(AriaRole.Combobox).First.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Instagram", Exact = true }).ClickAsync();
        await form.GetByRole(AriaRole.Radio, new() { Name = "The organisation's account", Exact = true }).CheckAsync();
        await form.Locator("textarea").Nth(1).FillAsync(Description);
        await form.GetByRole(AriaRole.Radio, new() { Name = "Yes", Exact = true }).First.CheckAsync();
        await form.GetByRole(AriaRole.Radio, new() { Name = "No", Exact = true }).Last.CheckAsync();
        await form.GetByRole(AriaRole.Radio, new() { Name = "HR or the safety contact", Exact = false }).CheckAsync();
        await playground.ScreenshotAsync("report-form-filled", ScreenshotHeight);

        var previews = page.GetByText($"This goes to {LocalBotHost.HrContactName} (HR or safety contact).", new() { Exact = true });
        var previewsBefore = await previews.CountAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = FormNext, Exact = true }).ClickAsync();

        await playground.WaitForCountAsync(previews, previewsBefore + 1, "preview card(s) naming the HR contact");
        var sent = page.GetByText(SentTitle, new() { Exact = true });
        var sentBefore = await sent.CountAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).Last.ClickAsync();

        await playground.WaitForCountAsync(sent, sentBefore + 1, "report confirmation card(s)");
        var confirmation = page.Locator(".ac-adaptiveCard").Filter(new() { Has = sent }).Last;
        await Assertions.Expect(confirmation).ToContainTextAsync("MOD-");
        await Assertions.Expect(confirmation).ToContainTextAsync("114 14");
        await playground.ScreenshotAsync("report-sent", ScreenshotHeight);
        var number = Regex.Match(await confirmation.InnerTextAsync(), @"MOD-\d{4}-\d{4,}").Value;

        // The receiver gets a notification (nothing of the report in it), opens the report and acknowledges it.
        var notifications = page.GetByText(Notification, new() { Exact = false });
        await playground.WaitForCountAsync(notifications, 1, "receiver notification(s) delivered by the outbox");
        await page.GetByRole(AriaRole.Button, new() { Name = OpenButton, Exact = true }).Last.ClickAsync();
        var acknowledge = page.GetByRole(AriaRole.Button, new() { Name = AcknowledgeButton, Exact = true });
        await playground.WaitForCountAsync(acknowledge, 1, "receiver card(s) with the acknowledge button");
        await Assertions.Expect(page.GetByText(Description).Last).ToBeVisibleAsync();
        await playground.ScreenshotAsync("report-receiver-card", ScreenshotHeight);
        await acknowledge.Last.ClickAsync();

        // The employee is told, in the same chat, that the report was received and acknowledged.
        var status = page.GetByText($"Your report {number} has been received and acknowledged.", new() { Exact = false });
        await playground.WaitForCountAsync(status, 1, "status message(s) to the employee");
        await playground.ScreenshotAsync("report-acknowledged", ScreenshotHeight);
    }
}
