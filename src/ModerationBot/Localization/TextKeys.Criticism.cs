namespace ModerationBot.Localization;

/// <content>Texts of the step-by-step criticism dialog around its data-driven steps.</content>
public static partial class TextKeys
{
    public const string CommandCriticism = "command.criticism";

    public const string CriticismTitle = "criticism.title";
    public const string CriticismStepOf = "criticism.stepOf";
    public const string CriticismComment = "criticism.comment";
    public const string CriticismCommentMasked = "criticism.commentMasked";
    public const string CriticismNoComment = "criticism.noComment";
    public const string CriticismLanguageSwedish = "criticism.language.sv";
    public const string CriticismLanguageEnglish = "criticism.language.en";
    public const string CriticismBack = "criticism.back";
    public const string CriticismCancel = "criticism.cancel";
    public const string CriticismFallback = "criticism.fallback";
    public const string CriticismStale = "criticism.stale";
    public const string CriticismRefusal = "criticism.refusal";
    public const string CriticismCancelled = "criticism.cancelled";
    public const string CriticismExpired = "criticism.expired";

    public const string CriticismSummaryTitle = "criticism.summary.title";
    public const string CriticismSummaryAdvice = "criticism.summary.advice";
    public const string CriticismSummaryDraft = "criticism.summary.draft";
    public const string CriticismSummaryAlternative = "criticism.summary.alternative";
    public const string CriticismSummaryNoDraft = "criticism.summary.noDraft";
    public const string CriticismSummaryRegistration = "criticism.summary.registration";
    public const string CriticismSummaryRegister = "criticism.summary.register";
    public const string CriticismSummaryNoRegister = "criticism.summary.noRegister";
    public const string CriticismSummaryRestart = "criticism.summary.restart";

    public const string EntryCriticismDescription = "entry.criticism.description";
    public const string EntryCriticismButton = "entry.criticism.button";
}
