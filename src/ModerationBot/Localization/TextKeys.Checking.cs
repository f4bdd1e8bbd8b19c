namespace ModerationBot.Localization;

/// <content>Checking a comment (command, dialog, message action) and asking the policy.</content>
public static partial class TextKeys
{
    public const string CommandCheck = "command.check";
    public const string EntryCheckDescription = "entry.check.description";
    public const string EntryCheckButton = "entry.check.button";

    public const string CheckDialogTitle = "checkDialog.title";
    public const string CheckDialogIntro = "checkDialog.intro";
    public const string CheckDialogCommentLabel = "checkDialog.comment.label";
    public const string CheckDialogCommentPlaceholder = "checkDialog.comment.placeholder";
    public const string CheckDialogCommentRequired = "checkDialog.comment.required";
    public const string CheckDialogCommentTooLong = "checkDialog.comment.tooLong";
    public const string CheckDialogPlatformLabel = "checkDialog.platform.label";
    public const string CheckDialogPlatformOther = "checkDialog.platform.other";
    public const string CheckDialogLinkLabel = "checkDialog.link.label";
    public const string CheckDialogLinkInvalid = "checkDialog.link.invalid";
    public const string CheckDialogSubmit = "checkDialog.submit";
    public const string CheckDialogNoText = "checkDialog.noText";
    public const string CheckPromptText = "check.prompt.text";

    public const string PolicyAnswerTitle = "policy.answer.title";
    public const string PolicyAnswerSource = "policy.answer.source";
    public const string PolicyAnswerCheckHint = "policy.answer.checkHint";
    public const string PolicyAnswerFallback = "policy.answer.fallback";
    public const string PolicyNotFoundTitle = "policy.notFound.title";
    public const string PolicyNotFoundBody = "policy.notFound.body";
    public const string PolicyNotFoundHint = "policy.notFound.hint";
}
