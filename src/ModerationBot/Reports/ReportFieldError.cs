namespace ModerationBot.Reports;

/// <summary>A field of the report form that needs fixing, with the kind message shown beside it.</summary>
/// <param name="Field">The input id (<see cref="ReportFormValues"/> constants).</param>
/// <param name="Message">What to do, in the employee's language.</param>
public sealed record ReportFieldError(string Field, string Message);
