namespace ModerationBot.Benchmarks.Load;

/// <summary>What each simulated moderator sends: the help card, or a comment to check (analysis, recommendation and result card).</summary>
internal sealed record LoadScenario(string Name, string Text)
{
    public static readonly LoadScenario Help = new("help", "hjälp");

    // A typical ~200-character municipal comment with a phone number and sharp criticism: the whole check path runs.
    public static readonly LoadScenario Check = new(
        "check",
        "granska Varför har ingen plogat Storgatan på en hel vecka? Min mamma kom inte ut till bussen i morse. "
        + "Ring mig på 070-123 45 67 innan ni svarar med era vanliga floskler, det här är under all kritik.");

    public static LoadScenario Parse(string value) => value switch
    {
        "help" => Help,
        "check" => Check,
        _ => throw new ArgumentException($"--scenario must be help or check, got '{value}'."),
    };
}
