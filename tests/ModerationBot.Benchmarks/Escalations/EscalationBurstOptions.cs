using System.Globalization;

namespace ModerationBot.Benchmarks.Escalations;

/// <summary>Command-line options of the escalation burst; every run is bounded by a time limit.</summary>
internal sealed record EscalationBurstOptions(int Escalations, int Managers, int Tenants, TimeSpan MaxDuration)
{
    public const string Usage = "escalations [--escalations 200] [--managers 20] [--tenants 1] [--max-seconds 120]";

    public static EscalationBurstOptions Parse(IReadOnlyList<string> args)
    {
        var options = new EscalationBurstOptions(200, 20, 1, TimeSpan.FromSeconds(120));
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value. Usage: {Usage}");
            options = args[i] switch
            {
                "--escalations" => options with { Escalations = Positive(args[i], value) },
                "--managers" => options with { Managers = Positive(args[i], value) },
                "--tenants" => options with { Tenants = Positive(args[i], value) },
                "--max-seconds" => options with { MaxDuration = TimeSpan.FromSeconds(Positive(args[i], value)) },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Usage: {Usage}"),
            };
            i++;
        }

        return options.Managers > options.Escalations
            ? throw new ArgumentException("--managers cannot exceed --escalations: every manager should receive a card.")
            : options;
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{name} must be a positive whole number, got '{value}'.");
}
