using System.Diagnostics;
using ModerationBot.Core.Analysis;
using ModerationBot.Core.Analysis.Threats;

namespace ModerationBot.Benchmarks.Analysis;

/// <summary>
/// <c>menace-stopwatch</c>: the analyzer with and without the menace net on the same typical comments, in alternating
/// rounds so that load on a shared machine hits both alike; prints the median per-comment time of each and the net's
/// own cost, plus 100 KB of ordinary text to show the net stays linear.
/// </summary>
internal static class MenaceStopwatch
{
    private static readonly string[] Comments =
    [
        "Varför tar det tre månader att få svar på ett bygglov? Jag har ringt flera gånger utan att någon svarar. Det här är helt orimligt, ni borde skämmas och ta tag i det nu. Jag väntar på svar.",
        "Det här förslaget är rena mordet på landsbygden. Först bussen, sedan skolan och nu vårdcentralen. Hur ska vi som bor i Storvreta klara oss? Lyssna på oss innan det är för sent för hela bygden!",
        "Thanks for the quick reply about the bin collection on Main Street, it works much better now. Keep up the good work in the parks department! The new benches by the pond are lovely too.",
        "Snöröjningen på Kvarngärdet är under all kritik i år. Vi har inte sett en plog sedan i måndags och bussen kör inte. Vem ansvarar egentligen för det här? Ring mig gärna och förklara.",
        "The council has completely lost the plot with these parking charges. Nobody asked for them and the shops on the high street will suffer. Reverse it now, please, before it is too late.",
    ];

    public static int Run()
    {
        var rules = CommentAnalyzer.CreateRulesOnly();
        var full = CommentAnalyzer.CreateDefault();
        var net = MenaceClassifier.Default;
        var contexts = Comments.Select(MenaceClassifier.Prepare).ToArray();
        Console.WriteLine($"Mean length {Comments.Average(c => c.Length):F0} characters.");
        const int perRound = 2000;
        var old = new List<double>();
        var @new = new List<double>();
        var alone = new List<double>();
        var sink = 0;
        for (var round = 0; round < 41; round++)
        {
            old.Add(Time(() => { foreach (var c in Comments) { sink += (int)rules.Analyze(c).Action; } }, perRound));
            @new.Add(Time(() => { foreach (var c in Comments) { sink += (int)full.Analyze(c).Action; } }, perRound));
            alone.Add(Time(() => { foreach (var c in contexts) { sink += net.Probability(c) >= net.Threshold ? 1 : 0; } }, perRound));
        }

        Console.WriteLine($"Per comment, median of 41 rounds: rules only {Median(old):F2} µs, with the net {Median(@new):F2} µs, " +
            $"difference {Median(old.Zip(@new, (a, b) => b - a).ToList()):F2} µs; the net alone {Median(alone):F2} µs ({sink % 2}).");

        var big = string.Concat(Enumerable.Repeat(string.Join(' ', Comments) + " ", 200))[..(100 * 1024)];
        var bigContext = MenaceClassifier.Prepare(big);
        var bigNet = Enumerable.Range(0, 9).Select(_ => Time(() => net.Probability(bigContext), 20, perComment: 1)).ToList();
        var bigOld = Enumerable.Range(0, 9).Select(_ => Time(() => rules.Analyze(big), 3, perComment: 1)).ToList();
        Console.WriteLine($"100 KB ordinary text: rules {Median(bigOld) / 1000:F2} ms, the net alone {Median(bigNet) / 1000:F3} ms.");
        return 0;
    }

    private static double Time(Action action, int iterations, int perComment = 5)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            action();
        }

        return watch.Elapsed.TotalMicroseconds / iterations / perComment;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
