using ModerationBot.BotFramework.Cards;
using ModerationBot.Core.Cases;
using ModerationBot.Localization;

namespace ModerationBot.Escalation.Sla;

/// <summary>The case card a deputy or the responsible manager gets from the deadline check (they may act on it).</summary>
internal sealed class SlaCaseCards
{
    public AdaptiveCard Build(ModerationCase moderationCase, BotTexts texts) =>
        new() { Body = [new TextBlock(moderationCase.Number.ToString())], Lang = texts.Language };
}
