using ModerationBot.Core.Analysis.Language;
using ModerationBot.Core.Analysis.Lexicons;
using ModerationBot.Core.Analysis.Wording;

namespace ModerationBot.Core.Analysis.Threats;

/// <summary>
/// The menace net: a logistic regression over <see cref="WordingFeaturizer"/>'s hashed features. Where the rules find no
/// threat, from <see cref="Threshold"/> a comment the rules would answer goes to review with a note, and from the higher
/// <see cref="ThreatThreshold"/> its wording alone is read as a threat. Where the rules find one, below
/// <see cref="DoubtThreshold"/> the wording weighs so strongly against menace that a person reads it instead; a threat the
/// rules only inferred (no threat words, see <see cref="ThreatResult.Inferred"/>) is doubted below the higher
/// <see cref="InferredDoubtThreshold"/>. Weights,
/// bias and the thresholds (chosen by cross-validation in <c>train-menace</c>) live in <c>Resources/menace-net.bin</c>.
/// Immutable, thread-safe; one dot product over the comment's features.
/// </summary>
internal sealed class MenaceClassifier
{
    /// <summary>
    /// Fewer words than this are too little for the net to call a threat ("du", "Hej du!", "Kommer du?" weigh towards
    /// menace by their second person alone); the rules still judge them.
    /// </summary>
    public const int MinWordsForThreat = 5;

    /// <summary>Fewer words than this are too little for the net to ask for review.</summary>
    public const int MinWordsForReview = 3;

    private const int Magic = 0x54454E4D; // "MNET"
    private const int Version = 4;

    private readonly float[] _weights;

    public MenaceClassifier(float[] weights, float bias, float threshold, float threatThreshold, float doubtThreshold = 0f, float inferredDoubtThreshold = 0f)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length != WordingFeaturizer.Buckets)
        {
            throw new ArgumentException($"Expected {WordingFeaturizer.Buckets} weights.", nameof(weights));
        }

        if (threatThreshold < threshold)
        {
            throw new ArgumentException("The threat threshold cannot be below the review threshold.", nameof(threatThreshold));
        }

        if (doubtThreshold > threshold)
        {
            throw new ArgumentException("The doubt threshold cannot be above the review threshold.", nameof(doubtThreshold));
        }

        if (inferredDoubtThreshold > threshold)
        {
            throw new ArgumentException("The doubt threshold for inferred threats cannot be above the review threshold.", nameof(inferredDoubtThreshold));
        }

        _weights = weights;
        Bias = bias;
        Threshold = threshold;
        ThreatThreshold = threatThreshold;
        DoubtThreshold = doubtThreshold;
        InferredDoubtThreshold = Math.Max(doubtThreshold, inferredDoubtThreshold);
    }

    public static MenaceClassifier Default { get; } = Load();

    public float Bias { get; }

    /// <summary>Probabilities from here up count as likely menacing: review.</summary>
    public float Threshold { get; }

    /// <summary>Probabilities from here up count as a threat.</summary>
    public float ThreatThreshold { get; }

    /// <summary>A threat the rules found whose probability is below this goes to review (0: never).</summary>
    public float DoubtThreshold { get; }

    /// <summary>A threat the rules only inferred whose probability is below this goes to review; never below <see cref="DoubtThreshold"/>.</summary>
    public float InferredDoubtThreshold { get; }

    /// <summary>Whether the wording weighs so far against menace that the rules' threat should go to a person instead.</summary>
    public bool Doubts(double probability, bool inferred) => Doubts(probability, inferred, DoubtThreshold, InferredDoubtThreshold);

    /// <summary>The same decision for thresholds still being chosen (<c>train-menace</c>); the inferred one never below the other.</summary>
    public static bool Doubts(double probability, bool inferred, double doubtThreshold, double inferredDoubtThreshold) =>
        probability < (inferred ? Math.Max(doubtThreshold, inferredDoubtThreshold) : doubtThreshold);

    public double Probability(TextContext context) => WordingWeights.Logistic(Bias + WordingWeights.Dot(context, _weights));

    public double Probability(string text) => Probability(Prepare(text));

    /// <summary>
    /// The sentence whose features weigh most towards menace (summed, unscaled), as its first and last token: what a
    /// moderator is shown as the evidence of a threat found from the wording.
    /// </summary>
    public (int First, int Last) HeaviestSentence(TextContext context) => WordingFeaturizer.HeaviestSentence(context, _weights);

    /// <summary>
    /// Whether any sentence carries something that can bear a threat: violence, a weapon, harm, a veiled phrase, menace,
    /// watching or being near, fire, misfortune, an ominous hint or a vehicle; someone's family, home or routine; a hint
    /// or the writer's promise; or an intention, wish or condition with someone to aim it at. Without one the net may
    /// ask for review but not make a threat ("Fråga: räknas en friggebod…"). A verb the writer suffers ("så dör jag",
    /// "I'll die if they close the pool") bears nothing, and the intention in its sentence is the writer's own fate.
    /// </summary>
    public static bool BearsThreat(TextContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var suffering = -1;
        foreach (var match in context.Matches)
        {
            if (match.Cue is Cue.Violence or Cue.Intransitive && ThreatDetector.WriterSuffers(context, match))
            {
                suffering = context.Tokens[match.First].Sentence;
                continue;
            }

            if (match.Cue is Cue.Violence or Cue.ViolenceNoun or Cue.Harm or Cue.Veiled or Cue.Menace or Cue.Watch or Cue.Proximity
                or Cue.Presence or Cue.Fire or Cue.Misfortune or Cue.Ominous or Cue.Vehicle or Cue.Calm or Cue.Exposed or Cue.Routine
                or Cue.Dwell or Cue.Insinuation or Cue.Agency)
            {
                return true;
            }
        }

        for (var s = 0; s < context.SentenceCount; s++)
        {
            var aimed = ThreatTargetResolver.AnyoneIn(context, s, 0);
            var intended = context.AnyInSentences(s, 0, Cue.Intent) || context.AnyInSentences(s, 0, Cue.Wish) || context.AnyInSentences(s, 0, Cue.Frame);
            if (s != suffering && aimed && intended)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words the net reads: tokens other than links and @mentions.</summary>
    public static int Words(List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var words = 0;
        foreach (var token in tokens)
        {
            words += token.Has(TokenFlags.Url) || token.Has(TokenFlags.Mention) ? 0 : 1;
        }

        return words;
    }

    /// <summary>The comment prepared as the engine prepares it (tokens, language, lexicon cues).</summary>
    internal static TextContext Prepare(string text) => TextContext.Prepare(text, Lexicon.Default);

    /// <summary>Writes the compact format: magic, version, bits, bias, the four thresholds, count, then (index, weight) pairs of the non-zero weights.</summary>
    public static void Write(Stream stream, float[] weights, float bias, float threshold, float threatThreshold, float doubtThreshold, float inferredDoubtThreshold)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(WordingFeaturizer.Bits);
        writer.Write(bias);
        writer.Write(threshold);
        writer.Write(threatThreshold);
        writer.Write(doubtThreshold);
        writer.Write(inferredDoubtThreshold);
        WordingWeights.WriteSparse(writer, weights);
    }

    public static MenaceClassifier Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version || reader.ReadInt32() != WordingFeaturizer.Bits)
        {
            throw new InvalidDataException($"menace-net.bin is not a version {Version} menace net for this featuriser; run train-menace.");
        }

        var bias = reader.ReadSingle();
        var threshold = reader.ReadSingle();
        var threatThreshold = reader.ReadSingle();
        var doubtThreshold = reader.ReadSingle();
        var inferredDoubtThreshold = reader.ReadSingle();
        var weights = WordingWeights.ReadSparse(reader, WordingFeaturizer.Buckets);
        return new MenaceClassifier(weights, bias, threshold, threatThreshold, doubtThreshold, inferredDoubtThreshold);
    }

    private static MenaceClassifier Load()
    {
        using var stream = ResourceReader.Open("menace-net.bin");
        return Read(stream);
    }
}
