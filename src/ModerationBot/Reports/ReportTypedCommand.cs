using System.Text;

namespace ModerationBot.Reports;

/// <summary>Recognises the typed ways into a report: <c>anmäl</c>/<c>report</c> (also with "trakasserier"/"harassment") and the drafts list.</summary>
internal static class ReportTypedCommand
{
    private static readonly string[] s_open = ["anmäl", "report", "anmäl trakasserier", "report harassment"];
    private static readonly string[] s_drafts = ["anmäl utkast", "report drafts", "report draft", "mina utkast", "my drafts"];

    /// <summary>The command the text stands for (<see cref="ReportCommands.Open"/> or <see cref="ReportCommands.Drafts"/>), else null.</summary>
    public static string? Parse(string? text)
    {
        // Clients may send decomposed "ä"; NFC makes it compare equal to the typed word. Runs of spaces count as one.
        var words = string.Join(' ', (text ?? string.Empty).Normalize(NormalizationForm.FormC)
            .Trim().TrimStart('/').TrimEnd('.', '!', '?').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (s_open.Any(w => string.Equals(w, words, StringComparison.OrdinalIgnoreCase)))
        {
            return ReportCommands.Open;
        }

        return s_drafts.Any(w => string.Equals(w, words, StringComparison.OrdinalIgnoreCase)) ? ReportCommands.Drafts : null;
    }
}
