namespace ModerationBot.Cli.Checking.Input;

/// <summary>Streams comments and problems from one input, in input order.</summary>
internal interface ICommentReader
{
    IAsyncEnumerable<InputEntry> ReadAsync(CancellationToken ct);
}
