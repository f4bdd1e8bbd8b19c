namespace ModerationBot.Reports;

/// <summary>
/// The <c>value.command</c> of the report cards' buttons. The same commands arrive as <c>task/fetch</c> and
/// <c>task/submit</c> in a Teams dialog and as a message with a value elsewhere (Agents Playground, Web Chat).
/// </summary>
public static class ReportCommands
{
    /// <summary>Starts a report: the immediate-danger question first.</summary>
    public const string Open = "report.open";

    /// <summary>The employee answered that they are in immediate danger.</summary>
    public const string Danger = "report.danger";

    /// <summary>Shows the form (empty, with what was entered, or with a draft's values).</summary>
    public const string Form = "report.form";

    /// <summary>Checks the form and shows the receiver before sending.</summary>
    public const string Preview = "report.preview";

    /// <summary>Sends the report.</summary>
    public const string Send = "report.send";

    /// <summary>Saves the report as an encrypted draft only the employee sees.</summary>
    public const string SaveDraft = "report.saveDraft";

    /// <summary>Leaves the form; nothing is sent or saved.</summary>
    public const string Cancel = "report.cancel";

    /// <summary>Lists the employee's drafts.</summary>
    public const string Drafts = "report.drafts";

    /// <summary>Deletes one of the employee's drafts.</summary>
    public const string WithdrawDraft = "report.draft.withdraw";

    /// <summary>Adds information to a sent report (with <c>caseNumber</c>; without <c>information</c> it shows the form).</summary>
    public const string AddInfo = "report.addInfo";

    /// <summary>Whether <paramref name="command"/> is one of these.</summary>
    public static bool IsReportCommand(string? command) =>
        command is not null && command.StartsWith("report.", StringComparison.Ordinal) && s_all.Contains(command);

    private static readonly HashSet<string> s_all = [Open, Danger, Form, Preview, Send, SaveDraft, Cancel, Drafts, WithdrawDraft, AddInfo];
}
