using ModerationBot.BotFramework.Cards;
using ModerationBot.Core.Analysis;
using ModerationBot.Core.Guidance;
using ModerationBot.Localization;

namespace ModerationBot.Cards.Policy;

/// <summary>The policy answer cards, found and not found, with sample data for the card gallery.</summary>
internal static class PolicyAnswerSamples
{
    private static readonly PolicyAnswer s_answer = new(
        "sample",
        new LocalizedText(
            "Ta bort kommentaren om den innehåller ett personnummer, spara en skärmdump och lämna den till registrator.",
            "Remove the comment if it contains an identity number, save a screenshot and hand it to the registrar."),
        new LocalizedText("Uppsala kommun, Rutin: Arbeta med sociala medier (2022)", "Uppsala municipality, Routine: Working with social media (2022)"),
        "Sociala medier och personuppgifter");

    public static IReadOnlyList<(string Name, Func<BotTexts, AdaptiveCard> Build)> All { get; } =
    [
        ("policy-answer.found", texts => PolicyAnswerCard.Build(s_answer, texts)),
        ("policy-answer.not-found", PolicyAnswerCard.BuildNotFound),
    ];
}
