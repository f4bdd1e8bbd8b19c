using ModerationBot.BotFramework.Cards;
using ModerationBot.Escalation.Routing;
using ModerationBot.Localization;
using ModerationBot.Reports;

namespace ModerationBot.Cards.Reports;

/// <summary>The employee's report cards with sample data, for the card gallery.</summary>
public static class ReportCardSamples
{
    private static readonly DateOnly s_today = new(2026, 11, 23);

    private static readonly ReportFormValues s_values = new()
    {
        Category = ReportChoices.CategoryThreat,
        Platform = "instagram",
        Account = "private",
        OccurredOn = "2026-11-20",
        Links = "https://instagram.com/p/example1\nhttps://instagram.com/p/example2",
        Description = "Ett konto skriver varje kväll till mig om mitt arbete och säger att de vet var jag bor.",
        Continuing = ReportChoices.Yes,
        PoliceReported = ReportChoices.No,
        Receiver = ReportChoices.ReceiverManager,
    };

    private static readonly ReportContact s_security = new() { Name = "Kommunens säkerhetsenhet", Phone = "010-123 45 67", Description = "Dygnet runt" };

    private static readonly ReportContact[] s_support =
    [
        new() { Name = "Företagshälsovården", Phone = "010-765 43 21", Email = "https://halsa.example.se", Description = "Samtalsstöd" },
        new() { Name = "Skyddsombud", Email = "skyddsombud@kommun.example.se" },
    ];

    public static IEnumerable<(string Name, Func<BotTexts, AdaptiveCard> Build)> All { get; } =
    [
        ("report-danger", texts => ReportDangerCard.Build(texts)),
        ("report-safety", texts => ReportSafetyCard.Build(texts, s_security)),
        ("report-safety-unconfigured", texts => ReportSafetyCard.Build(texts, new ReportContact())),
        ("report-form", texts => ReportFormCard.Build(texts, null, [], s_today)),
        ("report-form-errors", texts => ReportFormCard.Build(texts, s_values with { Category = null, Description = null },
            ReportValidation.Validate(s_values with { Category = null, Description = null }, s_today, texts), s_today)),
        ("report-preview", texts => ReportPreviewCard.Build(texts, s_values, new EscalationReceiver("aad-manager", "Maria Chef"), EscalationRouteSource.GraphManager)),
        ("report-unroutable", texts => ReportUnroutableCard.Build(texts, s_values, new ReportContact { Name = "HR-avdelningen", Phone = "010-111 22 33" })),
        ("report-sent", texts => ReportSentCard.Build(texts, "MOD-2026-0042", "Maria Chef", s_support)),
        ("report-drafts", texts => ReportDraftsCard.Build(texts,
            [new ReportDraft("d1", new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 23, 8, 0, 0, TimeSpan.Zero), s_values)])),
        ("report-drafts-empty", texts => ReportDraftsCard.Build(texts, [])),
        ("report-add-info", texts => ReportAddInfoCard.Build(texts, "MOD-2026-0042")),
    ];
}
