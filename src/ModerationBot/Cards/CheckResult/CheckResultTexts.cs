using ModerationBot.BotFramework.Cards;
using ModerationBot.Core.Analysis;
using ModerationBot.Core.Guidance.Recommendations;
using ModerationBot.Localization;

namespace ModerationBot.Cards.CheckResult;

/// <summary>Which text and colour each verdict and action gets on the card.</summary>
internal static class CheckResultTexts
{
    public static string VerdictKey(Verdict verdict) => verdict switch
    {
        Verdict.Threat => TextKeys.CheckVerdictThreat,
        Verdict.SensitiveDataAboutOthers => TextKeys.CheckVerdictSensitiveOthers,
        Verdict.PersonalData => TextKeys.CheckVerdictPersonalData,
        Verdict.RuleBreach => TextKeys.CheckVerdictRuleBreach,
        Verdict.NeedsReview => TextKeys.CheckVerdictNeedsReview,
        Verdict.SensitiveDataAboutAuthor => TextKeys.CheckVerdictSensitiveAuthor,
        Verdict.Criticism => TextKeys.CheckVerdictCriticism,
        Verdict.Question => TextKeys.CheckVerdictQuestion,
        Verdict.Praise => TextKeys.CheckVerdictPraise,
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Unknown verdict."),
    };

    public static string ActionKey(ModerationAction action) => action switch
    {
        ModerationAction.Escalate => TextKeys.CheckActionEscalate,
        ModerationAction.Remove => TextKeys.CheckActionRemove,
        ModerationAction.Review => TextKeys.CheckActionReview,
        _ => TextKeys.CheckActionReply,
    };

    public static TextColor Colour(ModerationAction action) => action switch
    {
        ModerationAction.Escalate => TextColor.Attention,
        ModerationAction.Remove or ModerationAction.Review => TextColor.Warning,
        _ => TextColor.Good,
    };

    public static ContainerStyle Style(ModerationAction action) => action switch
    {
        ModerationAction.Escalate => ContainerStyle.Attention,
        ModerationAction.Remove or ModerationAction.Review => ContainerStyle.Warning,
        _ => ContainerStyle.Good,
    };
}
