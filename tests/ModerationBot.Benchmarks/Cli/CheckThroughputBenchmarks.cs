extern alias cli;

using System.CommandLine;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using cli::ModerationBot.Cli.Checking;

namespace ModerationBot.Benchmarks.Cli;

/// <summary>
/// <c>moderationbot check</c> end to end (read, analyse with the real engine, write) over a JSON Lines file of
/// typical ~200-character comments; divide the mean by <see cref="Comments"/> for the cost per comment.
/// </summary>
[MemoryDiagnoser]
public class CheckThroughputBenchmarks
{
    private static readonly string[] _templates =
    [
        "Hej kommunen, varför har ni inte plogat vår gata på hela veckan? Det är farligt för barnen som går till skolan {0}.",
        "Tack för ett fint arrangemang i parken i lördags, hoppas ni gör om det nästa år också! Hälsningar från familjen {0}",
        "Why does the library close at five on weekdays? Many of us work until then and cannot borrow books at all, item {0}.",
        "Min granne på Storgatan 12 spelar hög musik varje natt, kan ni göra något åt det? Ring mig på 070-123 45 67 ({0}).",
    ];

    private string _path = "";
    private RootCommand _root = null!;

    [Params(10_000)]
    public int Comments { get; set; }

    [Params("jsonl", "text")]
    public string Format { get; set; } = "jsonl";

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"check-benchmark-{Guid.NewGuid():N}.jsonl");
        using var writer = new StreamWriter(_path, append: false, new UTF8Encoding(false));
        for (var i = 0; i < Comments; i++)
        {
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, _templates[i % _templates.Length], i);
            writer.WriteLine(JsonSerializer.Serialize(new { id = $"c{i}", text }));
        }

        _root = new RootCommand { CheckCommand.Create() };
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark]
    public Task<int> Check() =>
        _root.Parse(["check", _path, "--format", Format])
            .InvokeAsync(new InvocationConfiguration { Output = TextWriter.Null, Error = TextWriter.Null });
}
