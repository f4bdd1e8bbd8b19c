namespace ModerationBot.Storage;

/// <summary>A stored value with the etag to pass back when writing it again.</summary>
public sealed record StateEntry<T>(T Value, string ETag, DateTimeOffset UpdatedAt, DateTimeOffset? ExpiresAt);
