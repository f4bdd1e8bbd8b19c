using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace ModerationBot.Cases;

/// <summary>Encrypts what a case keeps about people: the evidence, the reporter's display name and free-text notes.</summary>
public sealed class CaseDataProtector
{
    public const string EvidencePurpose = "ModerationBot.Cases.Evidence.v1";
    public const string ReporterPurpose = "ModerationBot.Cases.Reporter.v1";
    public const string NotePurpose = "ModerationBot.Cases.Notes.v1";

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);
    private readonly IDataProtector _evidence;
    private readonly IDataProtector _reporter;
    private readonly IDataProtector _notes;

    public CaseDataProtector(IDataProtectionProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        _evidence = provider.CreateProtector(EvidencePurpose);
        _reporter = provider.CreateProtector(ReporterPurpose);
        _notes = provider.CreateProtector(NotePurpose);
    }

    public string ProtectEvidence(CaseEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return _evidence.Protect(JsonSerializer.Serialize(evidence, s_json));
    }

    public CaseEvidence UnprotectEvidence(string protectedPayload) =>
        JsonSerializer.Deserialize<CaseEvidence>(Unprotect(_evidence, protectedPayload, "evidence"), s_json)
            ?? throw new CaseDataUnreadableException("Stored case evidence is empty.");

    public string ProtectReporterName(string displayName) => _reporter.Protect(displayName ?? "");

    public string UnprotectReporterName(string protectedName) => Unprotect(_reporter, protectedName, "reporter name");

    /// <summary>Audit notes and closing notes are free text that may name people, so they are encrypted too.</summary>
    public string? ProtectNote(string? note) => note is null ? null : _notes.Protect(note);

    public string? UnprotectNote(string? protectedNote) => protectedNote is null ? null : Unprotect(_notes, protectedNote, "note");

    private static string Unprotect(IDataProtector protector, string payload, string what)
    {
        try
        {
            return protector.Unprotect(payload);
        }
        catch (CryptographicException ex)
        {
            throw CaseDataUnreadableException.For(what, ex);
        }
    }
}
