using System.Globalization;
using System.Text;
using ModerationBot.Core.Analysis;

namespace ModerationBot.Cli.Checking.Output;

/// <summary>Formats one checked comment for the human-readable report.</summary>
internal static class TextReportBlock
{
    public static string For(CheckedComment comment)
    {
        var analysis = comment.Analysis;
        var block = new StringBuilder();
        block.Append(CultureInfo.InvariantCulture,
            $"{comment.Input.Id} (line {comment.Input.Line}): {ContractId.Of(analysis.Action).ToUpperInvariant()}, language {analysis.Language}\n");
        if (analysis.Rules.Count > 0)
        {
            Field(block, "rules", string.Join(", ", analysis.Rules.Select(r => ContractId.Of(r.Rule)).Distinct()));
        }

        if (analysis.Threat is { } threat)
        {
            Field(block, "threat", $"{ContractId.Of(threat.Severity)}, aimed at {ContractId.Of(threat.Target)}");
        }

        if (analysis.PersonalData.Count > 0)
        {
            Field(block, "personal data", string.Join(", ", analysis.PersonalData.Select(p => Span(ContractId.Of(p.Type), p.Start, p.End))));
        }

        if (analysis.SensitiveData.Count > 0)
        {
            Field(block, "sensitive data", string.Join(", ", analysis.SensitiveData.Select(s =>
                Span($"{ContractId.Of(s.Category)} about {Subject(s.Subject)}", s.Start, s.End))));
        }

        if (analysis.Notes.Count > 0)
        {
            Field(block, "notes", string.Join(", ", analysis.Notes.Select(n => Span(n.Type, n.Start, n.End))));
        }

        Field(block, "excerpt", MaskedExcerpt.From(analysis.Redacted));
        return block.Append('\n').ToString();
    }

    private static void Field(StringBuilder block, string name, string value) =>
        block.Append("  ").Append((name + ":").PadRight(16)).Append(value).Append('\n');

    private static string Span(string label, int start, int end) =>
        string.Create(CultureInfo.InvariantCulture, $"{label} [{start}..{end})");

    private static string Subject(DataSubject subject) => subject switch
    {
        DataSubject.Author => "the author",
        DataSubject.Other => "another person",
        _ => "an unclear subject",
    };
}
