using System.Text;
using BenchmarkDotNet.Attributes;
using ModerationBot.Core.Analysis;

namespace ModerationBot.Benchmarks.Analysis;

/// <summary>
/// Throughput of the whole <see cref="CommentAnalyzer"/>: typical ~200-character comments, ordinary text at 1, 10 and
/// 100 KB (time should grow linearly), and 100 KB pathological inputs (digits, repeated separators, one huge word,
/// repeated threat, menace and sensitive-data words) that must stay within 10x of ordinary text of the same length.
/// </summary>
[MemoryDiagnoser]
public class CommentAnalyzerBenchmarks
{
    private const int HundredKb = 100 * 1024;

    // Made-up comments in the style of a municipal page.
    private static readonly string[] Comments =
    [
        "Varför tar det tre månader att få svar på ett bygglov? Jag har ringt flera gånger utan att någon svarar. Det här är helt orimligt, ni borde skämmas och ta tag i det nu.",
        "Det här förslaget är rena mordet på landsbygden. Först bussen, sedan skolan och nu vårdcentralen. Hur ska vi som bor i Storvreta klara oss? Lyssna på oss!",
        "Min granne Per är alkoholist och borde inte få köra skolbussen. Ring honom på 070-123 45 67 så får ni höra själva hur han låter på morgonen.",
        "Thanks for the quick reply about the bin collection on Main Street, it works much better now. Keep up the good work in the parks department!",
        "Handläggaren som tog mitt barn ska få betala för det här. Jag vet var du bor och jag vet vilken bil du har. Du kommer att ångra dig, var så säker.",
    ];

    private readonly CommentAnalyzer _analyzer = CommentAnalyzer.CreateDefault();
    private string _text1K = string.Empty;
    private string _text10K = string.Empty;
    private string _text100K = string.Empty;
    private string _digits100K = string.Empty;
    private string _separators100K = string.Empty;
    private string _hugeWord100K = string.Empty;
    private string _threatWords100K = string.Empty;
    private string _menaceWords100K = string.Empty;
    private string _sensitiveWords100K = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _text1K = Repeat(string.Join(' ', Comments), 1024);
        _text10K = Repeat(string.Join(' ', Comments), 10 * 1024);
        _text100K = Repeat(string.Join(' ', Comments), HundredKb);
        _digits100K = Repeat("0123456789", HundredKb);
        _separators100K = Repeat("- . / + ", HundredKb);
        _hugeWord100K = Repeat("dödshotidiotjävlar", HundredKb);
        _threatWords100K = Repeat("jag ska döda dig hot kniv ", HundredKb);
        _menaceWords100K = Repeat("jag vet var du bor och var dina barn går ", HundredKb);
        _sensitiveWords100K = Repeat("as a diabetic min granne som inte röker har cancer moderaterna ", HundredKb);
    }

    /// <summary>Five typical comments per call: divide the time by five for one comment.</summary>
    [Benchmark(OperationsPerInvoke = 5)]
    public int Typical()
    {
        var total = 0;
        foreach (var comment in Comments)
        {
            total += _analyzer.Analyze(comment).Rules.Count;
        }

        return total;
    }

    [Benchmark]
    public CommentAnalysis Ordinary1K() => _analyzer.Analyze(_text1K);

    [Benchmark]
    public CommentAnalysis Ordinary10K() => _analyzer.Analyze(_text10K);

    [Benchmark]
    public CommentAnalysis Ordinary100K() => _analyzer.Analyze(_text100K);

    [Benchmark]
    public CommentAnalysis Digits100K() => _analyzer.Analyze(_digits100K);

    [Benchmark]
    public CommentAnalysis Separators100K() => _analyzer.Analyze(_separators100K);

    [Benchmark]
    public CommentAnalysis HugeWord100K() => _analyzer.Analyze(_hugeWord100K);

    [Benchmark]
    public CommentAnalysis ThreatWords100K() => _analyzer.Analyze(_threatWords100K);

    [Benchmark]
    public CommentAnalysis MenaceWords100K() => _analyzer.Analyze(_menaceWords100K);

    [Benchmark]
    public CommentAnalysis SensitiveWords100K() => _analyzer.Analyze(_sensitiveWords100K);

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit).Append(' ');
        }

        return builder.ToString(0, length);
    }
}
