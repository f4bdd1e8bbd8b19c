namespace ModerationBot.Localization;

/// <content>Texts of escalating a threat from a check result: the preview, the confirmation and the refusals.</content>
public static partial class TextKeys
{
    public const string EscalationPreviewTitle = "escalation.preview.title";
    public const string EscalationPreviewIntro = "escalation.preview.intro";
    public const string EscalationPreviewReceiver = "escalation.preview.receiver";
    public const string EscalationPreviewSeverity = "escalation.preview.severity";
    public const string EscalationPreviewComment = "escalation.preview.comment";
    public const string EscalationPreviewEvidence = "escalation.preview.evidence";
    public const string EscalationPreviewFallback = "escalation.preview.fallback";

    public const string EscalationSourceRoutingTable = "escalation.source.routingTable";
    public const string EscalationSourceGraphManager = "escalation.source.graphManager";
    public const string EscalationSourceHrContact = "escalation.source.hrContact";
    public const string EscalationSourceFallbackChannel = "escalation.source.fallbackChannel";

    public const string EscalationSeverityHigh = "escalation.severity.high";
    public const string EscalationSeverityMedium = "escalation.severity.medium";
    public const string EscalationSeverityLow = "escalation.severity.low";

    public const string EscalationInputPlatform = "escalation.input.platform";
    public const string EscalationPlatformOther = "escalation.platform.other";
    public const string EscalationInputLink = "escalation.input.link";
    public const string EscalationInputNote = "escalation.input.note";
    public const string EscalationInputNotePlaceholder = "escalation.input.notePlaceholder";
    public const string EscalationSend = "escalation.send";
    public const string EscalationCancel = "escalation.cancel";

    public const string EscalationErrorLink = "escalation.error.link";
    public const string EscalationErrorNote = "escalation.error.note";

    public const string EscalationReceiverUnnamed = "escalation.receiver.unnamed";
    public const string EscalationChannelUnnamed = "escalation.channel.unnamed";
    public const string EscalationSent = "escalation.sent";
    public const string EscalationAlreadySent = "escalation.alreadySent";
    public const string EscalationCancelled = "escalation.cancelled";
    public const string EscalationExpired = "escalation.expired";
    public const string EscalationNotYours = "escalation.notYours";
    public const string EscalationUnroutable = "escalation.unroutable";

    public const string EscalationCardTitle = "escalation.card.title";
    public const string EscalationCardReporter = "escalation.card.reporter";
    public const string EscalationCardFindings = "escalation.card.findings";
    public const string EscalationFindingThreatByWording = "escalation.finding.threat_by_wording";
    public const string EscalationFindingPossibleThreat = "escalation.finding.possible_veiled_threat";
    public const string EscalationFindingThreatDoubted = "escalation.finding.threat_doubted_by_wording";
    public const string EscalationCardPlatform = "escalation.card.platform";
    public const string EscalationCardLink = "escalation.card.link";
    public const string EscalationCardNoLink = "escalation.card.noLink";
    public const string EscalationCardAdvice = "escalation.card.advice";
}
