using ModerationBot.Core.Analysis;
using ModerationBot.Core.Analysis.Language;
using ModerationBot.Core.Analysis.PersonalData;
using ModerationBot.Core.Analysis.Threats;
using ModerationBot.Core.Analysis.Wording;
using ModerationBot.Core.Policy;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Threats;

/// <summary>The menace net: featuriser, the shipped classifier, and how it changes the action.</summary>
public sealed class MenaceNetTests
{
    [Fact]
    public void Featurize_SameText_SameFeaturesInSameOrder()
    {
        const string text = "Vi vet var du parkerar, handläggaren. Synd om något händer.";

        Assert.Equal(Features(text), Features(text));
    }

    [Fact]
    public void Featurize_CaseAndAccents_FoldedAway()
    {
        Assert.Equal(Features("vi vet var du bor, tänk på det"), Features("VI VET VAR DU BOR, TÄNK PÅ DET"));
        Assert.Equal(Features("see you at the cafe"), Features("See you at the Café"));
    }

    [Fact]
    public void Featurize_LetterRunsAndLeetspeak_ReadAsTheWord()
    {
        Assert.Equal(Features("du ska få se"), Features("du ska fååååå se"));
    }

    [Fact]
    public void Featurize_Inflections_ShareMostCharacterGrams()
    {
        var related = Shared(Features("bilen"), Features("bilarna"));
        var unrelated = Shared(Features("bilen"), Features("kaffe"));

        Assert.True(related >= 3, $"bilen/bilarna share {related}");
        Assert.Equal(0, unrelated);
        Assert.True(Shared(Features("hotade"), Features("hotar")) >= 3);
        Assert.True(Shared(Features("threatened"), Features("threatening")) >= 10);
    }

    [Fact]
    public void Featurize_RepeatedSentences_LinearAndInRange()
    {
        const string sentence = "Ni kommer att ångra det här. ";
        var one = Features(sentence);
        var ten = Features(string.Concat(Enumerable.Repeat(sentence, 10)));

        Assert.Equal(10 * one.Count, ten.Count);
        Assert.All(ten, bucket => Assert.InRange(bucket, 0, WordingFeaturizer.Buckets - 1));
    }

    [Fact]
    public void Featurize_LinksAndMentions_Skipped()
    {
        Assert.Equal(Features("läs mer"), Features("läs https://example.com/hot @Kalle mer"));
    }

    [Fact]
    public void Featurize_WordsOfTheSameKind_ShareTheirCueFeatures()
    {
        // "bilen" and "båten" share no word or character gram; both are things the lexicons know a target may lose.
        Assert.True(Shared(Features("bilen"), Features("båten")) >= 1);
        Assert.Equal(0, Shared(Features("bilen"), Features("kaffet")));
    }

    [Theory]
    [InlineData("Socialsekreteraren har en lång promenad till parkeringen efter jobbet.")]
    [InlineData("Vi vet vilken förskola din dotter går på och när hon hämtas.")]
    [InlineData("We know where the councillor parks his car every night. Shame if something happened.")]
    [InlineData("Du kommer inte att kunna gå ensam hem från kontoret längre.")]
    public void Classifier_VeiledThreats_LikelyMenacing(string text)
    {
        var probability = MenaceClassifier.Default.Probability(text);

        Assert.True(probability >= MenaceClassifier.Default.Threshold, $"{probability:F3} < {MenaceClassifier.Default.Threshold:F3}");
    }

    [Theory]
    [InlineData("Varför tar det så lång tid att få svar från socialtjänsten? Helt orimligt.")]
    [InlineData("The council should be ashamed of the state of the roads.")]
    [InlineData("Tack för en fin nationaldag i parken!")]
    [InlineData("When is the next public consultation on the bypass?")]
    [InlineData("Ni har förstört vår skola med era nedskärningar och det kommer vi att minnas i valet.")]
    public void Classifier_OrdinaryComments_NotMenacing(string text)
    {
        var probability = MenaceClassifier.Default.Probability(text);

        Assert.True(probability < MenaceClassifier.Default.Threshold, $"{probability:F3} >= {MenaceClassifier.Default.Threshold:F3}");
    }

    [Fact]
    public void Classifier_WriteThenRead_SameProbabilities()
    {
        var weights = new float[WordingFeaturizer.Buckets];
        weights[17] = 0.5f;
        weights[WordingFeaturizer.Buckets - 1] = -1.25f;
        using var stream = new MemoryStream();
        MenaceClassifier.Write(stream, weights, -0.75f, 0.4f, 0.8f, 0.01f, 0.2f);
        stream.Position = 0;

        var read = MenaceClassifier.Read(stream);

        Assert.Equal(-0.75f, read.Bias);
        Assert.Equal(0.4f, read.Threshold);
        Assert.Equal(0.8f, read.ThreatThreshold);
        Assert.Equal(0.01f, read.DoubtThreshold);
        Assert.Equal(0.2f, read.InferredDoubtThreshold);
        Assert.Equal(36 + 2 * 8, stream.Length);
        var original = new MenaceClassifier(weights, -0.75f, 0.4f, 0.8f, 0.01f, 0.2f);
        Assert.Equal(original.Probability("Ni kommer att ångra det här"), read.Probability("Ni kommer att ångra det här"));
    }

    [Fact]
    public void Classifier_ThreatThresholdBelowReview_Refused()
    {
        Assert.Throws<ArgumentException>(() => new MenaceClassifier(new float[WordingFeaturizer.Buckets], 0f, 0.6f, 0.5f));
    }

    [Fact]
    public void Classifier_OlderFile_RefusedWithWhatToDo()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(0x54454E4D);
            writer.Write(2);
            writer.Write(WordingFeaturizer.Bits);
        }

        stream.Position = 0;
        var error = Assert.Throws<InvalidDataException>(() => MenaceClassifier.Read(stream));

        Assert.Contains("train-menace", error.Message);
    }

    [Fact]
    public void Classifier_ManyThreads_SameAnswers()
    {
        var texts = new[] { "Your family must be proud of you. For now.", "Tack för en fin nationaldag i parken!" };
        var expected = texts.Select(MenaceClassifier.Default.Probability).ToArray();

        Parallel.For(0, 2000, i => Assert.Equal(expected[i % 2], MenaceClassifier.Default.Probability(texts[i % 2])));
    }

    [Theory]
    [InlineData("Varför tar det så lång tid att få bygglov?", ModerationAction.Reply)]
    [InlineData("Tack för en fin festival!", ModerationAction.None)]
    public void Analyze_NetSaysMenacing_ReplyOrNoneBecomesReviewWithNote(string text, ModerationAction before)
    {
        Assert.Equal(before, Analyzer(null).Analyze(text).Action);

        var analysis = Analyzer(ReviewOnly).Analyze(text);

        Assert.Equal(ModerationAction.Review, analysis.Action);
        var note = Assert.Single(analysis.Notes);
        Assert.Equal(AnalysisNoteTypes.PossibleVeiledThreat, note.Type);
        Assert.Equal((0, text.Length), (note.Start, note.End));
        Assert.Null(analysis.Threat);
        Assert.Empty(analysis.Rules);
    }

    [Theory]
    [InlineData("Jag ska döda dig när du går hem från kommunhuset ikväll.", ModerationAction.Escalate)]
    [InlineData("Du är en jävla idiot, din korkade byråkrat.", ModerationAction.Remove)]
    [InlineData("Min granne har personnummer 19121212-1212.", ModerationAction.Remove)]
    public void Analyze_NetSaysMenacing_EscalateAndRemoveUntouched(string text, ModerationAction action)
    {
        var without = Analyzer(null).Analyze(text);

        var with = Analyzer(ReviewOnly).Analyze(text);

        Assert.Equal(action, without.Action);
        Assert.Equal(action, with.Action);
        Assert.DoesNotContain(with.Notes, n => n.Type == AnalysisNoteTypes.PossibleVeiledThreat);
        Assert.Equal(without.Rules.Select(r => r.Rule), with.Rules.Select(r => r.Rule));
    }

    [Theory]
    [InlineData("Tack för svaret, du. Brasan brinner fint i kväll. Ha det bra.", "Brasan brinner fint i kväll", ThreatTarget.Person, ThreatSeverity.Medium)]
    [InlineData("Ni på kommunhuset har fått er varning nu!", "Ni på kommunhuset har fått er varning nu", ThreatTarget.Organisation, ThreatSeverity.Medium)]
    public void Analyze_NetSureOfMenace_ThreatWithItsHeaviestSentenceEscalated(string text, string evidence, ThreatTarget target, ThreatSeverity severity)
    {
        // A net whose only weight is on "brinner"/"varning": the sentence carrying it is the evidence.
        var weights = new float[WordingFeaturizer.Buckets];
        foreach (var bucket in Features("brinner").Concat(Features("varning")))
        {
            weights[bucket] = 3f;
        }

        var analysis = Analyzer(new MenaceClassifier(weights, 0f, 0.3f, 0.5f)).Analyze(text);

        Assert.Equal(ModerationAction.Escalate, analysis.Action);
        Assert.Equal(new ThreatAssessment(severity, target), analysis.Threat);
        var finding = Assert.Single(analysis.Rules, r => r.Rule == RuleId.Threat);
        Assert.Equal(evidence, text[finding.Start!.Value..finding.End!.Value]);
        var note = Assert.Single(analysis.Notes);
        Assert.Equal((AnalysisNoteTypes.ThreatByWording, finding.Start, finding.End), (note.Type, note.Start, note.End));
    }

    [Theory]
    [InlineData("du")]
    [InlineData("Hej du!")]
    [InlineData("Kommer du?")]
    [InlineData("Är du säker?")]
    [InlineData("Du också, ha kul")]
    public void Analyze_NetSureOfMenaceInAFewWords_NotAThreat(string text)
    {
        var analysis = Analyzer(Always).Analyze(text);

        Assert.Null(analysis.Threat);
        Assert.DoesNotContain(analysis.Notes, n => n.Type == AnalysisNoteTypes.ThreatByWording);
    }

    [Fact]
    public void Analyze_RulesThreatInWordingTheNetDoubts_ReviewWithNoteOnTheRulesSpan()
    {
        const string text = "Jag ska döda dig när du går hem från kommunhuset ikväll.";
        var rules = Analyzer(null).Analyze(text);
        var doubting = new MenaceClassifier(new float[WordingFeaturizer.Buckets], -10f, 0.5f, 0.9f, 0.01f);

        var analysis = Analyzer(doubting).Analyze(text);

        var found = Assert.Single(rules.Rules, r => r.Rule == RuleId.Threat);
        Assert.Null(analysis.Threat);
        Assert.Equal(rules.Threat, analysis.DoubtedThreat);
        Assert.Equal(ModerationAction.Review, analysis.Action);
        Assert.DoesNotContain(analysis.Rules, r => r.Rule == RuleId.Threat);
        var note = Assert.Single(analysis.Notes);
        Assert.Equal((AnalysisNoteTypes.ThreatDoubtedByWording, found.Start, found.End), (note.Type, (int?)note.Start, (int?)note.End));
    }

    // Probability 0.5 for every comment, between the doubt threshold (0.1) and the one for inferred threats (0.6): the
    // threat the rules read from the wording's structure goes to a person, the one said in threat words stays escalated.
    [Theory]
    [InlineData("Rektorns dotter går i 3A på Björkhagaskolan, va?", true)]
    [InlineData("Jag ska döda dig när du går hem från kommunhuset ikväll.", false)]
    public void Analyze_NetInBetween_OnlyTheInferredThreatDoubted(string text, bool inferred)
    {
        var rules = Analyzer(null).Analyze(text);
        var inBetween = new MenaceClassifier(new float[WordingFeaturizer.Buckets], 0f, 0.9f, 0.95f, 0.1f, 0.6f);

        var analysis = Analyzer(inBetween).Analyze(text);

        Assert.Equal(ModerationAction.Escalate, rules.Action);
        Assert.Equal(inferred ? ModerationAction.Review : ModerationAction.Escalate, analysis.Action);
        Assert.Equal(inferred ? rules.Threat : null, analysis.DoubtedThreat);
        Assert.Equal(inferred, analysis.Notes.Any(n => n.Type == AnalysisNoteTypes.ThreatDoubtedByWording));
    }

    [Fact]
    public void Classifier_InferredDoubtAboveReview_Refused()
    {
        Assert.Throws<ArgumentException>(() => new MenaceClassifier(new float[WordingFeaturizer.Buckets], 0f, 0.5f, 0.8f, 0.1f, 0.6f));
    }

    [Fact]
    public void Analyze_NetSureOfMenaceInAReportedThreat_StaysReviewWithoutAThreat()
    {
        const string text = "Någon skrev \"jag ska döda dig\" till min dotter i går, vi har polisanmält.";

        var analysis = Analyzer(Always).Analyze(text);

        Assert.Null(analysis.Threat);
        Assert.Equal(ModerationAction.Review, analysis.Action);
        Assert.DoesNotContain(analysis.Notes, n => n.Type == AnalysisNoteTypes.ThreatByWording);
    }

    [Fact]
    public void Analyze_RulesFindTheThreat_NetNotAsked()
    {
        const string text = "Jag ska döda dig när du går hem från kommunhuset ikväll.";

        var rules = Analyzer(null).Analyze(text);
        var analysis = Analyzer(Always).Analyze(text);

        Assert.Equal(rules.Threat, analysis.Threat);
        Assert.Equal(rules.Rules.Select(r => (r.Rule, r.Start, r.End)), analysis.Rules.Select(r => (r.Rule, r.Start, r.End)));
        Assert.Empty(analysis.Notes);
    }

    [Fact]
    public void Analyze_NetSaysNotMenacing_ReplyStays()
    {
        var analysis = Analyzer(Never).Analyze("Varför tar det så lång tid att få bygglov?");

        Assert.Equal(ModerationAction.Reply, analysis.Action);
        Assert.Empty(analysis.Notes);
    }

    [Theory]
    [InlineData("Socialsekreteraren har en lång promenad till parkeringen efter jobbet.")]
    [InlineData("Hoppas du njuter av din sista sommar i huset, handläggaren.")]
    public void Analyze_DefaultEngine_VeiledThreatTheRulesMiss_NotLeftAtReply(string text)
    {
        var rules = Analyzer(null).Analyze(text);
        var analysis = CommentAnalyzer.CreateDefault().Analyze(text);

        Assert.Null(rules.Threat);
        Assert.Contains(rules.Action, new[] { ModerationAction.Reply, ModerationAction.None });
        Assert.Contains(analysis.Action, new[] { ModerationAction.Review, ModerationAction.Escalate });
        Assert.Contains(analysis.Notes, n => n.Type is "possible_veiled_threat" or "threat_by_wording");
    }

    // Probability 1 for every comment: the threat tier always speaks.
    [Theory]
    [InlineData("Du kommer inte att kunna gå ensam hem från kommunhuset längre.", ThreatTarget.Person)]
    [InlineData("Hoppas du njuter av din sista sommar i huset, handläggaren.", ThreatTarget.Staff)]
    public void Analyze_DefaultEngine_MenaceTheRulesMiss_ThreatFromTheWordingEscalated(string text, ThreatTarget target)
    {
        var rules = Analyzer(null).Analyze(text);
        var analysis = CommentAnalyzer.CreateDefault().Analyze(text);

        Assert.Null(rules.Threat);
        Assert.Equal(ModerationAction.Escalate, analysis.Action);
        Assert.Equal(new ThreatAssessment(ThreatSeverity.Medium, target), analysis.Threat);
        var finding = Assert.Single(analysis.Rules, r => r.Rule == RuleId.Threat);
        Assert.False(string.IsNullOrEmpty(finding.Basis.Explanation.Sv));
        Assert.Contains(analysis.Notes, n => n.Type == AnalysisNoteTypes.ThreatByWording && n.Start == finding.Start && n.End == finding.End);
    }

    private static readonly MenaceClassifier Always = new(new float[WordingFeaturizer.Buckets], 10f, 0.5f, 0.9f);

    // Probability 0.73 for every comment: above review, below threat.
    private static readonly MenaceClassifier ReviewOnly = new(new float[WordingFeaturizer.Buckets], 1f, 0.5f, 0.9f);

    private static readonly MenaceClassifier Never = new(new float[WordingFeaturizer.Buckets], -10f, 0.5f, 0.9f);

    private static CommentAnalyzer Analyzer(MenaceClassifier? menace) => new(new PersonalDataDetector(), PolicyPack.Default, menace, null);

    private static List<int> Features(string text)
    {
        var sink = new ListSink(new List<int>());
        WordingFeaturizer.Visit(MenaceClassifier.Prepare(text), ref sink);
        return sink.Buckets;
    }

    private static int Shared(List<int> a, List<int> b) => a.Intersect(b).Count();

    private readonly struct ListSink(List<int> buckets) : IWordingFeatureSink
    {
        public List<int> Buckets { get; } = buckets;

        public void Add(int bucket, int sentence) => Buckets.Add(bucket);
    }
}
