namespace ModerationBot.Localization;

/// <summary>
/// Every text key the bot uses. Code refers to texts only through these constants, and a test
/// checks that this list and both language files hold exactly the same keys.
/// </summary>
public static partial class TextKeys
{
    public const string CommandHelp = "command.help";
    public const string OrganisationDefault = "organisation.default";

    public const string WelcomeTitle = "welcome.title";
    public const string WelcomeIntro = "welcome.intro";
    public const string WelcomeDoesHeading = "welcome.does.heading";
    public const string WelcomeDoesPersonalData = "welcome.does.personalData";
    public const string WelcomeDoesSensitiveData = "welcome.does.sensitiveData";
    public const string WelcomeDoesRules = "welcome.does.rules";
    public const string WelcomeDoesThreats = "welcome.does.threats";
    public const string WelcomeDoesReplies = "welcome.does.replies";
    public const string WelcomeDoesHarassment = "welcome.does.harassment";
    public const string WelcomeStartHeading = "welcome.start.heading";
    public const string WelcomeStartMore = "welcome.start.more";
    public const string WelcomeFallback = "welcome.fallback";

    public const string EntryHelpDescription = "entry.help.description";
    public const string EntryHelpButton = "entry.help.button";

    public const string BotNotUnderstood = "bot.notUnderstood";
    public const string BotTurnError = "bot.turnError";
    public const string CheckTitle = "check.title";
    public const string CheckVerdictThreat = "check.verdict.threat";
    public const string CheckVerdictSensitiveOthers = "check.verdict.sensitiveOthers";
    public const string CheckVerdictPersonalData = "check.verdict.personalData";
    public const string CheckVerdictRuleBreach = "check.verdict.ruleBreach";
    public const string CheckVerdictNeedsReview = "check.verdict.needsReview";
    public const string CheckVerdictSensitiveAuthor = "check.verdict.sensitiveAuthor";
    public const string CheckVerdictCriticism = "check.verdict.criticism";
    public const string CheckVerdictQuestion = "check.verdict.question";
    public const string CheckVerdictPraise = "check.verdict.praise";
    public const string CheckFindingsHeading = "check.findings.heading";
    public const string CheckFindingsNone = "check.findings.none";
    public const string CheckFindingBasis = "check.finding.basis";
    public const string CheckCommentHeading = "check.comment.heading";
    public const string CheckActionRemove = "check.action.remove";
    public const string CheckActionReply = "check.action.reply";
    public const string CheckActionReview = "check.action.review";
    public const string CheckActionEscalate = "check.action.escalate";
    public const string CheckDraftsHeading = "check.drafts.heading";
    public const string CheckDraftsHint = "check.drafts.hint";
    public const string CheckDraftLabel = "check.draft.label";
    public const string CheckWarningTitle = "check.warning.title";
    public const string CheckWarningBody = "check.warning.body";
    public const string CheckRegistrationHeading = "check.registration.heading";
    public const string CheckRegistrationRequired = "check.registration.required";
    public const string CheckRegistrationPlan = "check.registration.plan";
    public const string CheckButtonDrafts = "check.button.drafts";
    public const string CheckRegistrarNoteLabel = "check.drafts.registrarNote";
    public const string CheckAuthorMessageLabel = "check.drafts.authorMessage";
    public const string CheckButtonCriticism = "check.button.criticism";
    public const string CheckButtonEscalate = "check.button.escalate";
    public const string CheckEscalateWhom = "check.escalate.whom";
    public const string CheckEscalatePolice = "check.escalate.police";
    public const string CheckEscalateSave = "check.escalate.save";
    public const string CheckFallback = "check.fallback";
    public const string CheckNoteInvalidIdentityNumber = "check.note.invalidIdentityNumber";
    public const string CheckNotePossibleVeiledThreat = "check.note.possibleVeiledThreat";
    public const string CheckNoteRemovalByWording = "check.note.removalByWording";
    public const string CheckNoteReportedConcern = "check.note.reportedConcern";
    public const string CheckNoteThreatByWording = "check.note.threatByWording";
    public const string CheckNoteThreatDoubted = "check.note.threatDoubted";
}
