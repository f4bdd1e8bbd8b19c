using ModerationBot.Core.Analysis;

namespace ModerationBot.Core.Guidance.Recommendations;

/// <summary>
/// Drafts the registrar note and the message to the writer from the findings. Only the redacted text
/// is quoted, so no personal data is written in clear.
/// </summary>
internal sealed class RecordDrafter(DraftsFile drafts)
{
    public string RegistrarNote(
        string comment, IReadOnlyList<RecommendedFinding> findings, ModerationAction action, Platform platform, string? link, bool english)
    {
        var rules = findings.Select(finding => drafts.RuleLine.For(english).Fill(
            ("what", finding.What.For(Language(english))),
            ("source", finding.Basis.Source),
            ("section", finding.Basis.Section)));
        var actionKey = action == ModerationAction.Escalate ? "escalate" : "remove";
        return drafts.RegistrarNote.For(english).Fill(
            ("platform", PlatformName(platform, english)),
            ("link", string.IsNullOrWhiteSpace(link) ? drafts.NoLink.For(english) : link.Trim()),
            ("rules", string.Join("; ", rules)),
            ("action", drafts.ActionTaken[actionKey].For(english)),
            ("comment", comment));
    }

    public string AuthorMessage(IReadOnlyList<RecommendedFinding> findings, Platform platform, bool english, string signature)
    {
        var rules = string.Join(", ", findings.Select(finding => LowerFirst(finding.What.For(Language(english)))));
        var body = drafts.AuthorMessage.For(english).Fill(("platform", PlatformName(platform, english)), ("rules", rules));
        return $"{body}\n/{signature}";
    }

    public string Organisation(bool english) => drafts.Organisation.For(english);

    private string PlatformName(Platform platform, bool english) =>
        platform == Platform.Other ? drafts.OtherPlatform.For(english) : platform.ToString();

    // "Personnummer" reads as "personnummer" mid-sentence, while "IP-adress" keeps its capitals.
    private static string LowerFirst(string text)
    {
        var word = new string([.. text.TakeWhile(char.IsLetter)]);
        var acronym = word.Length > 1 && word.All(char.IsUpper);
        return text.Length == 0 || acronym ? text : char.ToLowerInvariant(text[0]) + text[1..];
    }

    private static string Language(bool english) => english ? "en" : "sv";
}
