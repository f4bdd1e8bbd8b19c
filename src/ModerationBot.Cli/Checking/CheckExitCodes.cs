namespace ModerationBot.Cli.Checking;

/// <summary>Exit codes of <c>moderationbot check</c>, as documented in its help.</summary>
internal static class CheckExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int BadInput = 2;
}
