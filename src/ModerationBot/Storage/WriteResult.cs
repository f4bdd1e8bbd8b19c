namespace ModerationBot.Storage;

/// <summary>The outcome of a conditional write: the new etag, or a conflict (someone else wrote first).</summary>
public sealed record WriteResult(bool Succeeded, string? ETag)
{
    public bool IsConflict => !Succeeded;

    public static WriteResult Written(string etag) => new(true, etag);

    public static WriteResult Conflict { get; } = new(false, null);
}
