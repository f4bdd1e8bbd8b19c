using ModerationBot.Core.Analysis.Language;
using ModerationBot.Core.Analysis.Lexicons;
using ModerationBot.Core.Analysis.Wording;

namespace ModerationBot.Core.Analysis.Rules;

/// <summary>
/// The removal net: where the rules would answer or leave a comment, a logistic regression over
/// <see cref="WordingFeaturizer"/>'s features reads whether its wording resembles comments the policy removes (an
/// accusation of a crime against a named person, hate against a people, a call to share a false warning, goods for
/// sale), written in words the lexicons do not know. From <see cref="Threshold"/> up the comment is removed on the
/// ground whose own, smaller head (<see cref="GroundBits"/> bits) weighs most, with a note that the wording decided.
/// Trained by <c>train-removal</c> on the labelled sets, threshold chosen from held-out sets (one writer at a time);
/// weights in <c>Resources/removal-net.bin</c>. Immutable, thread-safe.
/// </summary>
internal sealed class RemovalClassifier
{
    /// <summary>The grounds the net can name: the policy's removal grounds that rest on wording alone.</summary>
    public static readonly RuleId[] Grounds =
    [
        RuleId.Defamation, RuleId.Insult, RuleId.HateSpeech, RuleId.Harassment, RuleId.ViolentOrSexualContent, RuleId.Incitement,
        RuleId.Copyright, RuleId.Profanity, RuleId.Commercial, RuleId.Spam, RuleId.Disinformation, RuleId.Confidential,
    ];

    /// <summary>Fewer words than this are too little to remove a comment on its wording alone.</summary>
    public const int MinWords = 4;

    public const int GroundBits = 13;

    private const int Magic = 0x54454E52; // "RNET"
    private const int Version = 1;

    private readonly float[] _weights;
    private readonly float[][] _groundWeights;
    private readonly float[] _groundBias;

    public RemovalClassifier(float[] weights, float bias, float threshold, float[][] groundWeights, float[] groundBias)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(groundWeights);
        ArgumentNullException.ThrowIfNull(groundBias);
        if (weights.Length != WordingFeaturizer.Buckets)
        {
            throw new ArgumentException($"Expected {WordingFeaturizer.Buckets} weights.", nameof(weights));
        }

        if (groundWeights.Length != Grounds.Length || groundBias.Length != Grounds.Length || groundWeights.Any(w => w.Length != 1 << GroundBits))
        {
            throw new ArgumentException($"Expected {Grounds.Length} ground heads of {1 << GroundBits} weights.", nameof(groundWeights));
        }

        if (!(threshold is > 0 and <= 1))
        {
            throw new ArgumentException("The threshold must be above 0 and at most 1.", nameof(threshold));
        }

        _weights = weights;
        Bias = bias;
        Threshold = threshold;
        _groundWeights = groundWeights;
        _groundBias = groundBias;
    }

    public static RemovalClassifier Default { get; } = Load();

    public float Bias { get; }

    /// <summary>Probabilities from here up remove the comment.</summary>
    public float Threshold { get; }

    public double Probability(TextContext context) => WordingWeights.Logistic(Bias + WordingWeights.Dot(context, _weights));

    public double Probability(string text) => Probability(TextContext.Prepare(text, Lexicon.Default));

    /// <summary>The ground whose head gives the comment the highest probability, with that probability.</summary>
    public (RuleId Ground, double Probability) LikeliestGround(TextContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (best, bestProbability) = (Grounds[0], -1.0);
        for (var g = 0; g < Grounds.Length; g++)
        {
            var probability = WordingWeights.Logistic(_groundBias[g] + WordingWeights.Dot(context, _groundWeights[g]));
            if (probability > bestProbability)
            {
                (best, bestProbability) = (Grounds[g], probability);
            }
        }

        return (best, bestProbability);
    }

    /// <summary>
    /// Grounds that rest on who is aimed at and how rather than on words: the same words speak for a people or against
    /// it ("Refugees should not be allowed to sleep in tents"), complain persistently or hound a person ("I'll keep
    /// complaining until…"), repeat a plea or spam. The net's bag of words cannot tell these apart; the rules' structures decide.
    /// </summary>
    private static readonly RuleId[] Structural = [RuleId.HateSpeech, RuleId.Harassment, RuleId.Spam];

    /// <summary>
    /// Whether <paramref name="ground"/> is the rules' to judge in this comment: the lexicons word it (whatever their
    /// guards then made of it: a real boil notice, a sale for a cause), or it is a structural ground, or the comment
    /// repeats itself (a plea said twice weighs twice in a bag of words; the spam rule reads repetition). Then the net
    /// does not remove: it speaks only where the rules have no words for a ground that words can show.
    /// </summary>
    public static bool LeftToRules(TextContext context, RuleId ground)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Structural.Contains(ground) || RuleScorer.Worded(context, ground) || RepeatsASentence(context);
    }

    private static bool RepeatsASentence(TextContext context)
    {
        var sentences = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in context.Tokens.GroupBy(t => t.Sentence))
        {
            if (!sentences.Add(string.Join(' ', sentence.Select(t => t.Norm))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sentence that weighs most towards removal: the evidence shown with the finding.</summary>
    public (int First, int Last) HeaviestSentence(TextContext context) => WordingFeaturizer.HeaviestSentence(context, _weights);

    /// <summary>Writes the compact format: magic, version, bits, ground bits, bias, threshold, the non-zero weights as (index, weight) pairs, then per ground its bias and pairs.</summary>
    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(WordingFeaturizer.Bits);
        writer.Write(GroundBits);
        writer.Write(Bias);
        writer.Write(Threshold);
        WordingWeights.WriteSparse(writer, _weights);
        for (var g = 0; g < Grounds.Length; g++)
        {
            writer.Write(_groundBias[g]);
            WordingWeights.WriteSparse(writer, _groundWeights[g]);
        }
    }

    public static RemovalClassifier Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version || reader.ReadInt32() != WordingFeaturizer.Bits || reader.ReadInt32() != GroundBits)
        {
            throw new InvalidDataException($"removal-net.bin is not a version {Version} removal net for this featuriser; run train-removal.");
        }

        var bias = reader.ReadSingle();
        var threshold = reader.ReadSingle();
        var weights = WordingWeights.ReadSparse(reader, WordingFeaturizer.Buckets);
        var groundWeights = new float[Grounds.Length][];
        var groundBias = new float[Grounds.Length];
        for (var g = 0; g < Grounds.Length; g++)
        {
            groundBias[g] = reader.ReadSingle();
            groundWeights[g] = WordingWeights.ReadSparse(reader, 1 << GroundBits);
        }

        return new RemovalClassifier(weights, bias, threshold, groundWeights, groundBias);
    }

    private static RemovalClassifier Load()
    {
        using var stream = ResourceReader.Open("removal-net.bin");
        return Read(stream);
    }
}
