using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using ModerationBot.Core.Analysis.Lexicons;

namespace ModerationBot.Core.Analysis.Scoring;

/// <summary>The scoring model's weights and thresholds, read from the embedded <c>scoring.json</c>.</summary>
internal sealed class ScoringWeights
{
    private readonly FrozenDictionary<string, double> _weights;
    private readonly FrozenDictionary<string, double> _thresholds;

    private ScoringWeights(FrozenDictionary<string, double> weights, FrozenDictionary<string, double> thresholds, double review)
    {
        _weights = weights;
        _thresholds = thresholds;
        Review = review;
    }

    public static ScoringWeights Default { get; } = Load();

    /// <summary>Scores from here up to a rule's threshold ask for review.</summary>
    public double Review { get; }

    public double Weight(string key) =>
        _weights.TryGetValue(key, out var w) ? w : throw new InvalidDataException($"scoring.json has no weight '{key}'.");

    public double Threshold(string rule) =>
        _thresholds.TryGetValue(rule, out var t) ? t : throw new InvalidDataException($"scoring.json has no threshold '{rule}'.");

    private static ScoringWeights Load()
    {
        using var stream = ResourceReader.Open("scoring.json");
        var file = JsonSerializer.Deserialize<ScoringFile>(stream) ?? throw new InvalidDataException("scoring.json is empty.");
        return new ScoringWeights(file.Weights.ToFrozenDictionary(), file.Thresholds.ToFrozenDictionary(), file.Review);
    }

    private sealed class ScoringFile
    {
        [JsonPropertyName("weights")]
        public Dictionary<string, double> Weights { get; set; } = [];

        [JsonPropertyName("thresholds")]
        public Dictionary<string, double> Thresholds { get; set; } = [];

        [JsonPropertyName("review")]
        public double Review { get; set; }
    }
}
