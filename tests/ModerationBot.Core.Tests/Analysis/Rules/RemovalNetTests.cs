using ModerationBot.Core.Analysis;
using ModerationBot.Core.Analysis.PersonalData;
using ModerationBot.Core.Analysis.Rules;
using ModerationBot.Core.Analysis.Threats;
using ModerationBot.Core.Analysis.Wording;
using ModerationBot.Core.Policy;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Rules;

/// <summary>The removal net: how its reading changes the action, and its file format.</summary>
public sealed class RemovalNetTests
{
    private const int GroundBuckets = 1 << RemovalClassifier.GroundBits;

    [Fact]
    public void Analyze_NetSureOfARemovalGround_RemovedOnTheHeaviestGroundWithItsSentenceAndNote()
    {
        const string text = "Jag har en fråga om sophämtningen. Grannen Kalle tankar diesel från depån varje natt.";
        var net = Net(removalWords: ["tankar", "diesel"], threshold: 0.6f, groundWords: [(RuleId.Defamation, ["tankar"]), (RuleId.Spam, [])]);

        var analysis = Analyzer(net).Analyze(text);

        Assert.Equal(ModerationAction.Remove, analysis.Action);
        var finding = Assert.Single(analysis.Rules);
        Assert.Equal(RuleId.Defamation, finding.Rule);
        Assert.Equal("Grannen Kalle tankar diesel från depån varje natt", text[finding.Start!.Value..finding.End!.Value]);
        Assert.Equal(PolicyPack.Default.For(RuleId.Defamation).ToBasis(), finding.Basis);
        var note = Assert.Single(analysis.Notes);
        Assert.Equal((AnalysisNoteTypes.RemovalByWording, finding.Start, finding.End), (note.Type, note.Start, note.End));
    }

    [Fact]
    public void Analyze_NetBelowItsThreshold_AnsweredAsTheRulesHaveIt()
    {
        const string text = "Grannen Kalle snor diesel från depån varje natt, vad gör ni åt det?";
        var net = Net(removalWords: ["snor"], threshold: 0.99f, groundWords: [(RuleId.Defamation, ["snor"])]);

        var analysis = Analyzer(net).Analyze(text);

        Assert.Equal(Analyzer(null).Analyze(text).Action, analysis.Action);
        Assert.DoesNotContain(analysis.Notes, n => n.Type == AnalysisNoteTypes.RemovalByWording);
    }

    [Theory]
    [InlineData("Jag ska döda dig när du går hem från kommunhuset ikväll.", ModerationAction.Escalate)]
    [InlineData("Ring mig på 070-123 45 67 om bygglovet.", ModerationAction.Remove)]
    [InlineData("Snor allt", ModerationAction.Reply)]
    public void Analyze_ThreatRemovalOrTooFewWords_NetNotAsked(string text, ModerationAction expected)
    {
        var analysis = Analyzer(Net(removalWords: [], threshold: 0.5f, bias: 10f, groundWords: [(RuleId.Insult, [])])).Analyze(text);

        Assert.Equal(expected, analysis.Action);
        Assert.DoesNotContain(analysis.Notes, n => n.Type == AnalysisNoteTypes.RemovalByWording);
    }

    // Accusations of a crime against a person in words no lexicon entry has: the shipped net removes them as defamation.
    [Theory]
    [InlineData("Alla vet att vaktmästaren på Björkskolan plockar med sig kopparledningar från byggena på nätterna.")]
    [InlineData("Don't hire Sofia Berg as a babysitter, she hits kids.")]
    public void Analyze_ShippedNet_AccusationTheLexiconsMiss_RemovedAsDefamationWithTheNote(string text)
    {
        var analysis = AnalyzerFixture.Analyzer.Analyze(text);

        Assert.Equal(ModerationAction.Remove, analysis.Action);
        Assert.Contains(analysis.Rules, r => r.Rule == RuleId.Defamation);
        Assert.Contains(analysis.Notes, n => n.Type == AnalysisNoteTypes.RemovalByWording);
    }

    // Ordinary criticism, questions and praise stay with the rules: the net removes none of them.
    [Theory]
    [InlineData("Varför har ni inte svarat på mitt mejl om hemtjänsten? Det har gått tre veckor.")]
    [InlineData("Det är helt orimligt att parkeringsavgiften höjs igen, ni tänker bara på pengar.")]
    [InlineData("Vem bestämde att busslinje 4 skulle läggas ner? Ingen frågade oss som bor här.")]
    [InlineData("The council has made a terrible decision about the school, and you should be ashamed of how it was handled.")]
    [InlineData("Min mamma väntar fortfarande på en plats på äldreboendet, hur länge till ska det ta?")]
    [InlineData("Fin artikel om biblioteket, tack till personalen!")]
    [InlineData("Läs mer på kommunens sida. Läs mer på kommunens sida.")]
    public void Analyze_ShippedNet_OrdinaryComment_NotRemovedByWording(string text)
    {
        var analysis = AnalyzerFixture.Analyzer.Analyze(text);

        Assert.NotEqual(ModerationAction.Remove, analysis.Action);
        Assert.DoesNotContain(analysis.Notes, n => n.Type == AnalysisNoteTypes.RemovalByWording);
    }

    [Fact]
    public void WriteRead_RoundTrip_SameProbabilitiesAndGround()
    {
        var net = Net(removalWords: ["snor"], threshold: 0.7f, groundWords: [(RuleId.Defamation, ["snor"]), (RuleId.Commercial, ["säljer"])]);
        using var stream = new MemoryStream();
        net.Write(stream);
        stream.Position = 0;

        var read = RemovalClassifier.Read(stream);

        Assert.Equal(net.Threshold, read.Threshold);
        foreach (var text in new[] { "Han snor diesel", "Säljer ved billigt", "Fin dag i parken" })
        {
            var context = MenaceClassifier.Prepare(text);
            Assert.Equal(net.Probability(context), read.Probability(context), 6);
            Assert.Equal(net.LikeliestGround(context), read.LikeliestGround(context));
        }
    }

    [Fact]
    public void Read_AnotherFile_RefusedWithAHint()
    {
        using var stream = new MemoryStream(new byte[64]);

        var error = Assert.Throws<InvalidDataException>(() => RemovalClassifier.Read(stream));

        Assert.Contains("train-removal", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_WrongSizes_Refused()
    {
        var heads = RemovalClassifier.Grounds.Select(_ => new float[GroundBuckets]).ToArray();
        var bias = new float[RemovalClassifier.Grounds.Length];

        Assert.Throws<ArgumentException>(() => new RemovalClassifier(new float[10], 0f, 0.5f, heads, bias));
        Assert.Throws<ArgumentException>(() => new RemovalClassifier(new float[WordingFeaturizer.Buckets], 0f, 0.5f, heads[1..], bias));
        Assert.Throws<ArgumentException>(() => new RemovalClassifier(new float[WordingFeaturizer.Buckets], 0f, 0f, heads, bias));
    }

    private static CommentAnalyzer Analyzer(RemovalClassifier? removal) =>
        new(new PersonalDataDetector(), PolicyPack.Default, MenaceClassifier.Default, removal);

    // A net that weighs the given words' features: towards removal, and towards each ground for its words.
    private static RemovalClassifier Net(string[] removalWords, float threshold, (RuleId Ground, string[] Words)[] groundWords, float bias = -2f)
    {
        var weights = new float[WordingFeaturizer.Buckets];
        foreach (var bucket in removalWords.SelectMany(Buckets))
        {
            weights[bucket] = 3f;
        }

        var heads = RemovalClassifier.Grounds.Select(_ => new float[GroundBuckets]).ToArray();
        var headBias = RemovalClassifier.Grounds.Select(_ => -1f).ToArray();
        foreach (var (ground, words) in groundWords)
        {
            var g = Array.IndexOf(RemovalClassifier.Grounds, ground);
            headBias[g] = 0f;
            foreach (var bucket in words.SelectMany(Buckets))
            {
                heads[g][WordingFeaturizer.Fold(bucket, RemovalClassifier.GroundBits)] = 3f;
            }
        }

        return new RemovalClassifier(weights, bias, threshold, heads, headBias);
    }

    private static List<int> Buckets(string word)
    {
        var sink = new ListSink([]);
        WordingFeaturizer.Visit(MenaceClassifier.Prepare(word), ref sink);
        return sink.Found;
    }

    private readonly struct ListSink(List<int> found) : IWordingFeatureSink
    {
        public List<int> Found { get; } = found;

        public void Add(int bucket, int sentence) => Found.Add(bucket);
    }
}
