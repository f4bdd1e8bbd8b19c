using ModerationBot.Core.Analysis.Language;

namespace ModerationBot.Core.Analysis.Wording;

/// <summary>What the wording nets share at run time: the scaled dot product with a comment's features, and the sparse weight format.</summary>
internal static class WordingWeights
{
    /// <summary>
    /// The comment's features weighed by <paramref name="weights"/>, scaled by 1/√(feature count) as in training; a
    /// smaller weight array reads the features folded into its size (a power of two).
    /// </summary>
    public static double Dot(TextContext context, float[] weights)
    {
        var sink = new DotSink(weights, weights.Length - 1);
        var count = WordingFeaturizer.Visit(context, ref sink);
        return count == 0 ? 0 : sink.Sum / Math.Sqrt(count);
    }

    public static double Logistic(double score) => 1.0 / (1.0 + Math.Exp(-score));

    /// <summary>The count of non-zero weights, then (index, weight) pairs.</summary>
    public static void WriteSparse(BinaryWriter writer, float[] weights)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(weights);
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

    public static float[] ReadSparse(BinaryReader reader, int length)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = reader.ReadInt32();
        var weights = new float[length];
        for (var i = 0; i < count; i++)
        {
            var index = reader.ReadInt32();
            weights[index] = reader.ReadSingle();
        }

        return weights;
    }

    private struct DotSink(float[] weights, int mask) : IWordingFeatureSink
    {
        public double Sum;

        public void Add(int bucket, int sentence) => Sum += weights[bucket & mask];
    }
}
