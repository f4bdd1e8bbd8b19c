using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using ModerationBot.Core.Analysis.Threats;
using ModerationBot.Core.Analysis.Wording;

namespace ModerationBot.Cli.Training;

/// <summary>
/// What the wording nets (menace and removal) share in training: the engine's sparse features and ML.NET's L-BFGS
/// logistic regression over them, single-threaded with a fixed seed so that the same data give the same weights.
/// </summary>
internal static class WordingRegression
{
    /// <summary>The sparse feature vector exactly as the engine computes it: counts scaled by 1/√(feature count).</summary>
    public static (int[] Indices, float[] Values) Featurize(string text)
    {
        var sink = new CountSink(new SortedDictionary<int, int>());
        var count = WordingFeaturizer.Visit(MenaceClassifier.Prepare(text), ref sink);
        var scale = count == 0 ? 0f : (float)(1.0 / Math.Sqrt(count));
        return (sink.Counts.Keys.ToArray(), sink.Counts.Values.Select(c => c * scale).ToArray());
    }

    /// <summary>The same features folded into the low <paramref name="bits"/> bits, as <see cref="WordingFeaturizer.Fold"/> does for the smaller nets.</summary>
    public static (int[] Indices, float[] Values) Fold((int[] Indices, float[] Values) x, int bits)
    {
        var folded = new SortedDictionary<int, float>();
        for (var i = 0; i < x.Indices.Length; i++)
        {
            var bucket = WordingFeaturizer.Fold(x.Indices[i], bits);
            folded[bucket] = folded.TryGetValue(bucket, out var v) ? v + x.Values[i] : x.Values[i];
        }

        return (folded.Keys.ToArray(), folded.Values.ToArray());
    }

    public static double Probability((int[] Indices, float[] Values) x, float[] weights, float bias)
    {
        var score = (double)bias;
        for (var i = 0; i < x.Indices.Length; i++)
        {
            score += weights[x.Indices[i]] * (double)x.Values[i];
        }

        return 1.0 / (1.0 + Math.Exp(-score));
    }

    public static (float[] Weights, float Bias) Fit(IEnumerable<((int[] Indices, float[] Values) X, bool Label)> rows, float l2, int buckets = WordingFeaturizer.Buckets)
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(rows.Select(r => new Row(buckets)
        {
            Label = r.Label,
            Features = new VBuffer<float>(buckets, r.X.Indices.Length, r.X.Values, r.X.Indices),
        }), SchemaFor(ml, buckets));
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            L2Regularization = l2,
            L1Regularization = 0f,
            OptimizationTolerance = 1e-7f,
            MaximumNumberOfIterations = 2000,
            NumberOfThreads = 1,
        });
        var model = trainer.Fit(data).Model.SubModel;
        var weights = new float[buckets];
        var i = 0;
        foreach (var w in model.Weights)
        {
            weights[i++] = w;
        }

        return (weights, model.Bias);
    }

    // The vector's size is a runtime value here (the removal net's rule heads are smaller), so the schema says it.
    private static SchemaDefinition SchemaFor(MLContext ml, int buckets)
    {
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, buckets);
        return schema;
    }

    private sealed class Row(int buckets)
    {
        public Row()
            : this(WordingFeaturizer.Buckets)
        {
        }

        public bool Label { get; set; }

        public VBuffer<float> Features { get; set; } = new(buckets, 0, [], []);
    }

    private readonly struct CountSink(SortedDictionary<int, int> counts) : IWordingFeatureSink
    {
        public SortedDictionary<int, int> Counts { get; } = counts;

        public void Add(int bucket, int sentence) => Counts[bucket] = Counts.TryGetValue(bucket, out var c) ? c + 1 : 1;
    }
}
