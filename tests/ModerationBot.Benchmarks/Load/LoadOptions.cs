using System.Globalization;

namespace ModerationBot.Benchmarks.Load;

/// <summary>Command-line options of the load run; every run is bounded by both a turn count and a time limit.</summary>
internal sealed record LoadOptions(int Turns, int Concurrency, int WarmupTurns, TimeSpan MaxDuration, TimeSpan ReportInterval)
{
    public const string Usage =
        "load [--turns 100000] [--concurrency 64] [--warmup 2000] [--max-seconds 600] [--report-seconds 5]";

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions(100_000, 64, 2_000, TimeSpan.FromSeconds(600), TimeSpan.FromSeconds(5));
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value. Usage: {Usage}");
            options = args[i] switch
            {
                "--turns" => options with { Turns = Positive(args[i], value) },
                "--concurrency" => options with { Concurrency = Positive(args[i], value) },
                "--warmup" => options with { WarmupTurns = NonNegative(args[i], value) },
                "--max-seconds" => options with { MaxDuration = TimeSpan.FromSeconds(Positive(args[i], value)) },
                "--report-seconds" => options with { ReportInterval = TimeSpan.FromSeconds(Positive(args[i], value)) },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Usage: {Usage}"),
            };
            i++;
        }

        return options;
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{name} must be a positive whole number, got '{value}'.");

    private static int NonNegative(string name, string value) =>
        value == "0" ? 0 : Positive(name, value);
}
