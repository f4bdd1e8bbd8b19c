using ModerationBot.Core.Analysis.Language;
using ModerationBot.Core.Analysis.Lexicons;

namespace ModerationBot.Core.Analysis.Threats;

/// <summary>
/// The menace net: a logistic regression over <see cref="MenaceFeaturizer"/>'s hashed features, used only when the
/// rules find no threat, to send a possibly veiled threat to review instead of a reply. Weights, bias and the decision
/// threshold (chosen by cross-validation in <c>train-menace</c>) live in <c>Resources/menace-net.bin</c>. Immutable,
/// thread-safe; one dot product over the comment's features.
/// </summary>
internal sealed class MenaceClassifier
{
    /// <summary>The note the analysis carries when the net asks for review.</summary>
    public const string NoteType = "possible_veiled_threat";

    private const int Magic = 0x54454E4D; // "MNET"
    private const int Version = 1;

    private readonly float[] _weights;

    public MenaceClassifier(float[] weights, float bias, float threshold)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length != MenaceFeaturizer.Buckets)
        {
            throw new ArgumentException($"Expected {MenaceFeaturizer.Buckets} weights.", nameof(weights));
        }

        _weights = weights;
        Bias = bias;
        Threshold = threshold;
    }

    public static MenaceClassifier Default { get; } = Load();

    public float Bias { get; }

    /// <summary>Probabilities from here up count as likely menacing.</summary>
    public float Threshold { get; }

    public double Probability(List<Token> tokens)
    {
        var sink = new DotSink(_weights);
        var count = MenaceFeaturizer.Visit(tokens, ref sink);
        var score = Bias + (count == 0 ? 0 : sink.Sum / Math.Sqrt(count));
        return 1.0 / (1.0 + Math.Exp(-score));
    }

    public double Probability(string text) => Probability(Tokenizer.Tokenize(text));

    public bool IsLikelyMenacing(List<Token> tokens) => Probability(tokens) >= Threshold;

    /// <summary>Writes the compact format: magic, version, bits, bias, threshold, count, then (index, weight) pairs of the non-zero weights.</summary>
    public static void Write(Stream stream, float[] weights, float bias, float threshold)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(MenaceFeaturizer.Bits);
        writer.Write(bias);
        writer.Write(threshold);
        writer.Write(weights.Count(w => w != 0));
        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] != 0)
            {
                writer.Write(i);
                writer.Write(weights[i]);
            }
        }
    }

    public static MenaceClassifier Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version || reader.ReadInt32() != MenaceFeaturizer.Bits)
        {
            throw new InvalidDataException("menace-net.bin is not a version 1 menace net for this featuriser; run train-menace.");
        }

        var bias = reader.ReadSingle();
        var threshold = reader.ReadSingle();
        var count = reader.ReadInt32();
        var weights = new float[MenaceFeaturizer.Buckets];
        for (var i = 0; i < count; i++)
        {
            var index = reader.ReadInt32();
            weights[index] = reader.ReadSingle();
        }

        return new MenaceClassifier(weights, bias, threshold);
    }

    private static MenaceClassifier Load()
    {
        using var stream = ResourceReader.Open("menace-net.bin");
        return Read(stream);
    }

    private struct DotSink(float[] weights) : IMenaceFeatureSink
    {
        public double Sum;

        public void Add(int bucket) => Sum += weights[bucket];
    }
}
