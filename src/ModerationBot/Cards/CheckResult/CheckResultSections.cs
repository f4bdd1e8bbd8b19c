using ModerationBot.BotFramework.Cards;
using ModerationBot.Core.Analysis;
using ModerationBot.Core.Guidance.Recommendations;
using ModerationBot.Localization;

namespace ModerationBot.Cards.CheckResult;

/// <summary>The body sections of the check-result card.</summary>
internal static class CheckResultSections
{
    // Keeps a pasted essay well inside Teams' card size limit; the moderator has the original anyway.
    private const int MaxCommentLength = 1500;

    public static Container Verdict(BotTexts texts, string verdict, ModerationAction action) => new()
    {
        Style = CheckResultTexts.Style(action),
        Bleed = true,
        Items =
        {
            new TextBlock(texts[TextKeys.CheckTitle]) { IsSubtle = true, Size = TextSize.Small, Wrap = true },
            new TextBlock(verdict)
            {
                Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading,
                Color = CheckResultTexts.Colour(action), Wrap = true,
            },
        },
    };

    public static Container Warning(BotTexts texts) => new()
    {
        Style = ContainerStyle.Attention,
        Spacing = Spacing.Medium,
        Items =
        {
            new TextBlock(texts[TextKeys.CheckWarningTitle]) { Weight = TextWeight.Bolder, Color = TextColor.Attention, Size = TextSize.Medium, Wrap = true },
            new TextBlock(texts[TextKeys.CheckWarningBody]) { Wrap = true },
        },
    };

    public static IEnumerable<CardElement> Findings(BotTexts texts, IReadOnlyList<RecommendedFinding> findings, IReadOnlyList<AnalysisNote> notes)
    {
        yield return Heading(texts[TextKeys.CheckFindingsHeading]);
        var invalidNumber = notes.Any(note => note.Type == AnalysisNoteTypes.InvalidIdentityNumber);
        var possibleThreat = notes.Any(note => note.Type == AnalysisNoteTypes.PossibleVeiledThreat);
        if (possibleThreat)
        {
            yield return new TextBlock(texts[TextKeys.CheckNotePossibleVeiledThreat]) { Wrap = true, Spacing = Spacing.Small, Color = TextColor.Warning, Weight = TextWeight.Bolder };
        }

        var concern = notes.Any(note => note.Type == AnalysisNoteTypes.ReportedConcern);
        if (concern)
        {
            yield return new TextBlock(texts[TextKeys.CheckNoteReportedConcern]) { Wrap = true, Spacing = Spacing.Small, Color = TextColor.Warning, Weight = TextWeight.Bolder };
        }

        if (notes.Any(note => note.Type == AnalysisNoteTypes.ThreatByWording))
        {
            yield return new TextBlock(texts[TextKeys.CheckNoteThreatByWording]) { Wrap = true, Spacing = Spacing.Small, Color = TextColor.Warning };
        }

        if (notes.Any(note => note.Type == AnalysisNoteTypes.RemovalByWording))
        {
            yield return new TextBlock(texts[TextKeys.CheckNoteRemovalByWording]) { Wrap = true, Spacing = Spacing.Small, Color = TextColor.Warning };
        }

        var doubted = notes.Any(note => note.Type == AnalysisNoteTypes.ThreatDoubtedByWording);
        if (doubted)
        {
            yield return new TextBlock(texts[TextKeys.CheckNoteThreatDoubted]) { Wrap = true, Spacing = Spacing.Small, Color = TextColor.Warning, Weight = TextWeight.Bolder };
        }

        if (findings.Count == 0 && !invalidNumber && !possibleThreat && !doubted && !concern)
        {
            yield return new TextBlock(texts[TextKeys.CheckFindingsNone]) { Wrap = true, Spacing = Spacing.Small };
        }

        foreach (var finding in findings)
        {
            var basis = texts.Format(TextKeys.CheckFindingBasis, new Dictionary<string, object?>
            {
                ["source"] = finding.Basis.Source,
                ["section"] = finding.Basis.Section,
            });
            yield return new Container
            {
                Spacing = Spacing.Small,
                Items =
                {
                    new TextBlock(finding.What.For(texts.Language)) { Weight = TextWeight.Bolder, Wrap = true },
                    new TextBlock(finding.Basis.Explanation.For(texts.Language)) { Wrap = true, Spacing = Spacing.None },
                    new TextBlock(basis) { IsSubtle = true, Size = TextSize.Small, Wrap = true, Spacing = Spacing.None },
                },
            };
        }

        if (invalidNumber)
        {
            yield return new TextBlock(texts[TextKeys.CheckNoteInvalidIdentityNumber]) { Wrap = true, Spacing = Spacing.Small, Color = TextColor.Warning };
        }
    }

    public static IEnumerable<CardElement> Comment(BotTexts texts, string redacted, string? heading = null)
    {
        var shown = redacted.Length > MaxCommentLength ? redacted[..MaxCommentLength] + "…" : redacted;
        yield return Heading(heading ?? texts[TextKeys.CheckCommentHeading]);

        // A TextRun is never read as markdown, so a comment cannot smuggle links or formatting into the card.
        yield return new Container
        {
            Style = ContainerStyle.Emphasis,
            Spacing = Spacing.Small,
            Items = { new RichTextBlock { Inlines = { new TextRun(shown) { Italic = true } } } },
        };
    }

    public static IEnumerable<CardElement> Steps(BotTexts texts, ModerationRecommendation recommendation)
    {
        yield return Heading(texts[CheckResultTexts.ActionKey(recommendation.Action)]);
        var lines = recommendation.Steps.Select((step, index) => $"{index + 1}. {step.Text.For(texts.Language)}");
        yield return new TextBlock(string.Join("\r", lines)) { Wrap = true, Spacing = Spacing.Small };
    }

    public static IEnumerable<CardElement> Drafts(BotTexts texts, IReadOnlyList<string> drafts)
    {
        if (drafts.Count == 0)
        {
            yield break;
        }

        yield return Heading(texts[TextKeys.CheckDraftsHeading]);
        yield return new TextBlock(texts[TextKeys.CheckDraftsHint]) { Wrap = true, IsSubtle = true, Spacing = Spacing.Small };
        for (var i = 0; i < drafts.Count; i++)
        {
            yield return CopyableText($"draft{i + 1}", texts.Format(TextKeys.CheckDraftLabel, i + 1), drafts[i]);
        }
    }

    public static IEnumerable<CardElement> Registration(BotTexts texts, RegistrationAdvice registration)
    {
        yield return Heading(texts[TextKeys.CheckRegistrationHeading]);
        var summary = registration.Required ? TextKeys.CheckRegistrationRequired : TextKeys.CheckRegistrationPlan;
        yield return new TextBlock(texts[summary]) { Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Small };
        yield return new TextBlock(registration.Advice.For(texts.Language)) { Wrap = true, Spacing = Spacing.None };
    }

    /// <summary>A multi-line text field: easy to select and copy in every Teams client, and editable first.</summary>
    public static TextInput CopyableText(string id, string label, string value) =>
        new(id) { Label = label, Value = value, IsMultiline = true, Spacing = Spacing.Small };

    public static TextBlock Heading(string text) => new(text)
    {
        Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Spacing = Spacing.Medium, Wrap = true,
    };
}
