namespace ModerationBot.Cases;

/// <summary>
/// Encrypted case data (evidence or a reporter's name) cannot be decrypted, almost always because the Data
/// Protection key ring in <c>Storage:DataDirectory/keys</c> was lost or replaced. Never silently ignored.
/// </summary>
public sealed class CaseDataUnreadableException : Exception
{
    public const string KeyRingAdvice =
        "The Data Protection key ring (Storage:DataDirectory/keys) does not hold the key this data was encrypted with. " +
        "Restore the keys folder from backup; without it the encrypted evidence cannot be read.";

    public CaseDataUnreadableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CaseDataUnreadableException(string message)
        : base(message)
    {
    }

    /// <summary>The error for data of kind <paramref name="what"/> (e.g. "evidence") that failed to decrypt.</summary>
    public static CaseDataUnreadableException For(string what, Exception innerException) =>
        new($"Encrypted case {what} cannot be decrypted. {KeyRingAdvice}", innerException);
}
