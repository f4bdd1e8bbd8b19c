using System.Text.Json;
using ModerationBot.Bot;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Cards;
using ModerationBot.Localization;

namespace ModerationBot.Cases.Actions;

/// <summary>The escalation case card's verbs (<c>case.*</c>).</summary>
internal sealed class CaseActionsFeature(CaseActionHandler handler, ITextLocalizer localizer) : CardVerbFeature(localizer)
{
    protected override IReadOnlySet<string> Verbs => CaseVerbs.All;

    protected override Task<AdaptiveCard> HandleAsync(Activity activity, string verb, JsonElement? data, BotTexts texts, CancellationToken ct) =>
        handler.HandleAsync(activity, verb, CaseActionInput.Read(data), texts, ct);
}
