using ModerationBot.BotFramework.Cards;
using ModerationBot.Localization;
using ModerationBot.Reports;

namespace ModerationBot.Cards.Reports;

/// <summary>The pieces the report cards share: the heading, contact lines and the buttons that move between steps.</summary>
internal static class ReportCardParts
{
    public static AdaptiveCard NewCard(BotTexts texts, string heading)
    {
        var card = new AdaptiveCard { Lang = texts.Language, FallbackText = heading, Speak = heading };
        card.Body.Add(Heading(heading));
        return card;
    }

    public static TextBlock Heading(string text) =>
        new(text) { Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Wrap = true };

    public static TextBlock SubHeading(string text) =>
        new(text) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Spacing = Spacing.Medium, Wrap = true };

    public static TextBlock Text(string text) => new(text) { Wrap = true };

    public static TextBlock Attention(string text, string? id = null) =>
        new(text) { Wrap = true, Color = TextColor.Attention, Weight = TextWeight.Bolder, Id = id };

    // Markdown list: one TextBlock is read as a list by screen readers.
    public static TextBlock Bullets(IEnumerable<string> lines) => new(string.Join("\r", lines.Select(line => "- " + line))) { Wrap = true, Spacing = Spacing.Small };

    /// <summary>The contact's name, what it helps with, phone and e-mail, as lines; nothing for an empty contact.</summary>
    public static IEnumerable<string> ContactLines(ReportContact contact, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(contact);
        if (contact.IsEmpty)
        {
            yield break;
        }

        var name = string.IsNullOrWhiteSpace(contact.Description) ? contact.Name : $"{contact.Name}: {contact.Description}";
        if (!string.IsNullOrWhiteSpace(name))
        {
            yield return $"**{name.Trim()}**";
        }

        if (!string.IsNullOrWhiteSpace(contact.Phone))
        {
            yield return texts.Format(TextKeys.ReportContactPhone, contact.Phone.Trim());
        }

        if (!string.IsNullOrWhiteSpace(contact.Email))
        {
            yield return texts.Format(TextKeys.ReportContactEmail, contact.Email.Trim());
        }
    }

    /// <summary>
    /// A plain submit to the step its data names: inside a Teams dialog it answers in the dialog, in the chat it arrives
    /// as a message. Never a dialog-opening button in the chat: clients without dialogs (Agents Playground) drop those.
    /// </summary>
    public static SubmitAction Button(string title, IDictionary<string, string> data, bool sendsInputs = false) => new(title)
    {
        Data = data,
        AssociatedInputs = sendsInputs ? null : AssociatedInputs.None,
    };

    public static Dictionary<string, string> Command(string command) => new() { [CardCommands.DataKey] = command };
}
