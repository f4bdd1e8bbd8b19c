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

    public CaseDataUnreadableException(string what, Exception innerException)
        : base($"Encrypted case {what} cannot be decrypted. {KeyRingAdvice}", innerException)
    {
    }

    public CaseDataUnreadableException(string message)
        : base(message)
    {
    }
}
