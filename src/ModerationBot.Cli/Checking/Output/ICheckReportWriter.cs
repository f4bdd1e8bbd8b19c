namespace ModerationBot.Cli.Checking.Output;

/// <summary>Writes checked comments to stdout in one output format, as they arrive.</summary>
internal interface ICheckReportWriter
{
    ValueTask WriteAsync(CheckedComment comment, CancellationToken ct);

    /// <summary>Finishes the output (closing brackets, summary) once every comment was written.</summary>
    ValueTask CompleteAsync(CancellationToken ct);
}
