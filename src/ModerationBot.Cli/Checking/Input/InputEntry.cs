namespace ModerationBot.Cli.Checking.Input;

/// <summary>One item read from the input: a comment or a problem, tagged with the line it starts on.</summary>
internal abstract record InputEntry(long Line);

/// <summary>A comment to analyse.</summary>
internal sealed record InputComment(long Line, string Id, string Text) : InputEntry(Line);

/// <summary>
/// Input that could not be read as a comment. The message must never quote the comment itself,
/// since it goes to stderr and may end up in logs.
/// </summary>
internal sealed record InputProblem(long Line, string Message) : InputEntry(Line);
