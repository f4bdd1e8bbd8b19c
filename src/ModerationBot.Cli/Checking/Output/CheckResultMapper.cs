namespace ModerationBot.Cli.Checking.Output;

/// <summary>Maps an engine result to the CLI's JSON shape.</summary>
internal static class CheckResultMapper
{
    public static CheckResultJson ToJson(CheckedComment comment)
    {
        var analysis = comment.Analysis;
        return new CheckResultJson(
            comment.Input.Id,
            analysis.Language,
            ContractId.Of(analysis.Action),
            analysis.Rules.Select(r => ContractId.Of(r.Rule)).Distinct().ToList(),
            analysis.Threat is { } threat
                ? new ThreatJson(ContractId.Of(threat.Severity), ContractId.Of(threat.Target))
                : null,
            analysis.PersonalData.Select(p => new PersonalDataJson(ContractId.Of(p.Type), p.Start, p.End)).ToList(),
            analysis.SensitiveData
                .Select(s => new SensitiveDataJson(ContractId.Of(s.Category), ContractId.Of(s.Subject), s.Start, s.End))
                .ToList(),
            analysis.Redacted,
            analysis.Notes.Select(n => new NoteJson(n.Type, n.Start, n.End)).ToList());
    }
}
