namespace ModerationBot.Core.Cases;

/// <summary>
/// A case invariant would break (a refused transition, a missing closing note or report number). Messages name
/// statuses and fields only, never a note, comment or name.
/// </summary>
public sealed class ModerationCaseException : Exception
{
    /// <summary>Creates the exception with a message free of personal data.</summary>
    public ModerationCaseException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception wrapping its cause.</summary>
    public ModerationCaseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
