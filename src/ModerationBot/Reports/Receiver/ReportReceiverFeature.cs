using System.Text.Json;
using ModerationBot.Bot;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Cards;
using ModerationBot.Cards.Reports;
using ModerationBot.Localization;

namespace ModerationBot.Reports.Receiver;

/// <summary>
/// The receiver's card verbs (<c>report.acknowledge</c>, <c>report.step</c>, <c>report.close</c>,
/// <c>report.refresh</c>, <c>report.view</c>). The answer is always a card for the person who pressed.
/// </summary>
internal sealed class ReportReceiverFeature(ReportReceiverHandler handler, ITextLocalizer localizer) : CardVerbFeature(localizer)
{
    protected override IReadOnlySet<string> Verbs => ReportReceiverVerbs.All;

    protected override Task<AdaptiveCard> HandleAsync(Activity activity, string verb, JsonElement? data, BotTexts texts, CancellationToken ct) =>
        handler.HandleAsync(activity, verb, ReportActionInput.Read(data), texts, ct);
}
