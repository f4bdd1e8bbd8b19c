namespace ModerationBot.Core.Analysis;

/// <summary>The comment rules a finding can breach; serialised in snake_case (e.g. <c>hate_speech</c>).</summary>
public enum RuleId
{
    Threat,
    Defamation,
    Insult,
    HateSpeech,
    Harassment,
    ViolentOrSexualContent,
    Incitement,
    Copyright,
    Profanity,
    Commercial,
    Spam,
    Disinformation,
    SensitivePersonalData,
    Confidential,
}
