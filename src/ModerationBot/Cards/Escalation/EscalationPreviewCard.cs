using ModerationBot.BotFramework.Cards;
using ModerationBot.Cards.CheckResult;
using ModerationBot.Core.Cases;
using ModerationBot.Escalation.Routing;
using ModerationBot.Localization;

namespace ModerationBot.Cards.Escalation;

/// <summary>
/// The step between the escalate button and the case: whom it goes to and why, the severity, the masked comment,
/// the platform, link and note, and Send / Cancel. After a refused submission it comes back with the values and
/// what to fix.
/// </summary>
internal static class EscalationPreviewCard
{
    public static AdaptiveCard Build(EscalationPreview preview, BotTexts texts, EscalationValues? values = null, string? error = null)
    {
        ArgumentNullException.ThrowIfNull(preview);
        ArgumentNullException.ThrowIfNull(texts);
        values ??= EscalationValues.Empty;
        var title = texts[TextKeys.EscalationPreviewTitle];
        var card = new AdaptiveCard { Lang = texts.Language, FallbackText = texts[TextKeys.EscalationPreviewFallback], Speak = title };
        card.Body.Add(new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Wrap = true });
        card.Body.Add(new TextBlock(texts[TextKeys.EscalationPreviewIntro]) { Wrap = true, IsSubtle = true });
        if (error is not null)
        {
            card.Body.Add(new TextBlock(error) { Id = "error", Wrap = true, Color = TextColor.Attention, Weight = TextWeight.Bolder });
        }

        card.Body.Add(Receiver(preview, texts));
        card.Body.Add(new TextBlock(texts.Format(TextKeys.EscalationPreviewSeverity, texts[SeverityKey(preview.Severity)]))
        {
            Wrap = true, Weight = TextWeight.Bolder, Color = preview.Severity == CaseSeverity.High ? TextColor.Attention : TextColor.Warning,
        });
        card.Body.AddRange(CheckResultSections.Comment(texts, preview.RedactedComment, texts[TextKeys.EscalationPreviewComment]));
        card.Body.Add(new TextBlock(texts[TextKeys.EscalationPreviewEvidence]) { Wrap = true, IsSubtle = true, Size = TextSize.Small });
        card.Body.AddRange(Inputs(texts, values));
        var draftId = preview.DraftId.ToString("N");
        card.Actions.Add(new SubmitAction(texts[TextKeys.EscalationSend])
        {
            Style = ActionStyle.Destructive,
            Data = new Dictionary<string, string> { [CardCommands.DataKey] = EscalationCommands.Confirm, [EscalationCommands.DraftId] = draftId },
        });
        card.Actions.Add(new SubmitAction(texts[TextKeys.EscalationCancel])
        {
            AssociatedInputs = AssociatedInputs.None,
            Data = new Dictionary<string, string> { [CardCommands.DataKey] = EscalationCommands.Cancel, [EscalationCommands.DraftId] = draftId },
        });
        return card;
    }

    /// <summary>The preview once it is done: its title and the outcome (sent as …, already sent, cancelled), no inputs or buttons.</summary>
    public static AdaptiveCard Closed(BotTexts texts, string outcome)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentException.ThrowIfNullOrWhiteSpace(outcome);
        var title = texts[TextKeys.EscalationPreviewTitle];
        var card = new AdaptiveCard { Lang = texts.Language, FallbackText = outcome, Speak = outcome };
        card.Body.Add(new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Wrap = true });
        card.Body.Add(new TextBlock(outcome) { Id = "outcome", Wrap = true });
        return card;
    }

    public static string SeverityKey(CaseSeverity severity) => severity switch
    {
        CaseSeverity.High => TextKeys.EscalationSeverityHigh,
        CaseSeverity.Medium => TextKeys.EscalationSeverityMedium,
        _ => TextKeys.EscalationSeverityLow,
    };

    public static string SourceKey(EscalationRouteSource source) => source switch
    {
        EscalationRouteSource.RoutingTable => TextKeys.EscalationSourceRoutingTable,
        EscalationRouteSource.GraphManager => TextKeys.EscalationSourceGraphManager,
        EscalationRouteSource.HrContact => TextKeys.EscalationSourceHrContact,
        EscalationRouteSource.FallbackChannel => TextKeys.EscalationSourceFallbackChannel,
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "An unroutable escalation has no preview."),
    };

    private static Container Receiver(EscalationPreview preview, BotTexts texts)
    {
        var unnamed = preview.Source == EscalationRouteSource.FallbackChannel ? TextKeys.EscalationChannelUnnamed : TextKeys.EscalationReceiverUnnamed;
        var name = string.IsNullOrWhiteSpace(preview.ReceiverName) ? texts[unnamed] : preview.ReceiverName;
        return new Container
        {
            Style = ContainerStyle.Emphasis,
            Spacing = Spacing.Medium,
            Items =
            {
                new TextBlock(texts.Format(TextKeys.EscalationPreviewReceiver, new Dictionary<string, object?> { ["name"] = name }))
                {
                    Id = "receiver", Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true,
                },
                new TextBlock("(" + texts[SourceKey(preview.Source)] + ")") { Id = "source", Wrap = true, IsSubtle = true, Spacing = Spacing.None },
            },
        };
    }

    private static IEnumerable<CardElement> Inputs(BotTexts texts, EscalationValues values)
    {
        yield return new ChoiceSetInput(EscalationCommands.Platform)
        {
            Label = texts[TextKeys.EscalationInputPlatform],
            Style = ChoiceInputStyle.Compact,
            Value = values.Platform,
            Choices = [.. EscalationPlatforms.All(texts).Select(p => new Choice(p.Title, p.Value))],
        };
        yield return new TextInput(EscalationCommands.Link)
        {
            Label = texts[TextKeys.EscalationInputLink],
            Style = TextInputStyle.Url,
            Placeholder = "https://",
            MaxLength = Checking.CheckDialogInputs.MaxLinkLength,
            Value = values.Link,
        };
        yield return new TextInput(EscalationCommands.Note)
        {
            Label = texts[TextKeys.EscalationInputNote],
            Placeholder = texts[TextKeys.EscalationInputNotePlaceholder],
            IsMultiline = true,
            MaxLength = EscalationCommands.MaxNoteLength,
            Value = values.Note,
        };
    }
}
