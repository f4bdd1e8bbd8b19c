using ModerationBot.BotFramework.Cards;
using ModerationBot.Core.Cases;
using ModerationBot.Escalation.Routing;
using ModerationBot.Localization;

namespace ModerationBot.Cards.Escalation;

/// <summary>The escalation preview for each route source, and after a refused link, for the card gallery.</summary>
internal static class EscalationPreviewSamples
{
    private static readonly Guid s_draftId = new("6f1c2a9e-0b7d-4e55-9a51-3c0de8a41f20");

    public static IReadOnlyList<(string Name, Func<BotTexts, AdaptiveCard> Build)> All { get; } =
    [
        ("escalation.preview.graph", texts => EscalationPreviewCard.Build(Preview(texts, "Maria Chefsson", EscalationRouteSource.GraphManager), texts)),
        ("escalation.preview.table", texts => EscalationPreviewCard.Build(Preview(texts, "Kommunikationschef", EscalationRouteSource.RoutingTable), texts)),
        ("escalation.preview.channel", texts => EscalationPreviewCard.Build(Preview(texts, null, EscalationRouteSource.FallbackChannel), texts)),
        ("escalation.preview.error", texts => EscalationPreviewCard.Build(
            Preview(texts, "Maria Chefsson", EscalationRouteSource.GraphManager), texts,
            new EscalationValues("tiktok", "facebook.com/post/1", "Avsändaren har skrivit liknande förut."), texts[TextKeys.EscalationErrorLink])),
        ("escalation.preview.closed", texts => EscalationPreviewCard.Closed(texts, texts.Format(TextKeys.EscalationSent, new Dictionary<string, object?>
        {
            ["number"] = "MOD-2026-0042",
            ["receiver"] = "Maria Chefsson",
        }))),
    ];

    private static EscalationPreview Preview(BotTexts texts, string? receiver, EscalationRouteSource source) => new(
        s_draftId,
        receiver,
        source,
        CaseSeverity.High,
        texts.Language == BotLanguage.English
            ? "I know where [name] at the office lives and I will get her"
            : "Jag vet var [namn] på kontoret bor och jag ska ta henne");
}
