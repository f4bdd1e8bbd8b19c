using System.Text;
using BenchmarkDotNet.Attributes;
using ModerationBot.Core.Analysis.PersonalData;

namespace ModerationBot.Benchmarks.Analysis;

/// <summary>
/// Throughput of <see cref="PersonalDataDetector"/>: a typical comment, ordinary text at 1, 10 and 100 KB (time should
/// grow linearly), and 100 KB pathological inputs that must stay within 10x of ordinary text of the same length.
/// </summary>
[MemoryDiagnoser]
public class PersonalDataBenchmarks
{
    private const int HundredKb = 100 * 1024;

    // Made-up comments in the style of a municipal page; the numbers are test values, not real people's.
    private static readonly string[] Comments =
    [
        "Varför tar det tre månader att få svar från bygglov? Jag har ringt 070-123 45 67 flera gånger och mejlat per.andersson@example.se utan svar. Skärpning!",
        "Min granne Per Andersson på Storgatan 12 eldar sopor varje helg, kan miljöförvaltningen göra något? Det luktar i hela kvarteret och barnen hostar.",
        "Beslutet i KS 2018/1303 kostade 1 234 567 kr enligt protokollet från 2022-05-31. Hur kan ni motivera det när skolan på landet läggs ner?",
        "Thanks for the quick reply about the bin collection on Main Street, it works much better now. Keep up the good work in the parks department!",
        "Bolaget med org.nr 212000-0142 har fått kontraktet igen utan upphandling. Vem i nämnden har kopplingar dit? Jag vill se alla handlingar nu.",
    ];

    private string _typical = string.Empty;
    private string _text1K = string.Empty;
    private string _text10K = string.Empty;
    private string _text100K = string.Empty;
    private string _digits100K = string.Empty;
    private string _separators100K = string.Empty;
    private string _spacedDigits100K = string.Empty;
    private string _spacedAreaCodes100K = string.Empty;
    private string _hexColons100K = string.Empty;
    private string _urlsAndPhones100K = string.Empty;
    private string _atSigns100K = string.Empty;
    private string _capitalised100K = string.Empty;
    private readonly PersonalDataDetector _detector = new();

    [GlobalSetup]
    public void Setup()
    {
        _typical = Comments[0];
        _text1K = Ordinary(1024);
        _text10K = Ordinary(10 * 1024);
        _text100K = Ordinary(HundredKb);
        _digits100K = Repeat("1234567890", HundredKb);
        _separators100K = Repeat("1-", HundredKb);
        _spacedDigits100K = Repeat("07 ", HundredKb);
        _spacedAreaCodes100K = Repeat("08 ", HundredKb);
        _hexColons100K = Repeat("a1:", HundredKb);
        _urlsAndPhones100K = Repeat("www.a.se/0701234567 070-123 45 67 ", HundredKb);
        _atSigns100K = Repeat("a@", HundredKb);
        _capitalised100K = Repeat("Anna Svensson Storgatan Kungsgatan ", HundredKb);
    }

    [Benchmark(Baseline = true)]
    public int TypicalComment() => _detector.Scan(_typical).Findings.Count;

    [Benchmark]
    public int Ordinary1K() => _detector.Scan(_text1K).Findings.Count;

    [Benchmark]
    public int Ordinary10K() => _detector.Scan(_text10K).Findings.Count;

    [Benchmark]
    public int Ordinary100K() => _detector.Scan(_text100K).Findings.Count;

    [Benchmark]
    public int Digits100K() => _detector.Scan(_digits100K).Findings.Count;

    [Benchmark]
    public int RepeatedSeparators100K() => _detector.Scan(_separators100K).Findings.Count;

    [Benchmark]
    public int SpacedDigitPairs100K() => _detector.Scan(_spacedDigits100K).Findings.Count;

    [Benchmark]
    public int SpacedAreaCodes100K() => _detector.Scan(_spacedAreaCodes100K).Findings.Count;

    [Benchmark]
    public int HexColons100K() => _detector.Scan(_hexColons100K).Findings.Count;

    [Benchmark]
    public int UrlsAndPhones100K() => _detector.Scan(_urlsAndPhones100K).Findings.Count;

    [Benchmark]
    public int AtSigns100K() => _detector.Scan(_atSigns100K).Findings.Count;

    [Benchmark]
    public int CapitalisedWords100K() => _detector.Scan(_capitalised100K).Findings.Count;

    private static string Ordinary(int length)
    {
        var builder = new StringBuilder(length + 200);
        for (var i = 0; builder.Length < length; i++)
        {
            builder.Append(Comments[i % Comments.Length]).Append(' ');
        }

        return builder.ToString(0, length);
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, length);
    }
}
