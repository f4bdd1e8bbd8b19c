namespace ModerationBot.Cli.Training;

/// <summary>Which labelled data files the trainers read.</summary>
internal static class TrainingFiles
{
    /// <summary>
    /// Full-schema sets kept out of training: the newest ones nobody tuned on, whose figures are the estimate for
    /// comments not yet seen. A set moves out of this list when a newer unseen set replaces it as the estimate.
    /// </summary>
    public static readonly string[] EvaluationOnly =
    [
        "full-schema-blind-n.jsonl", "full-schema-blind-o.jsonl", "full-schema-blind-p.jsonl", "full-schema-blind-r.jsonl",
        "full-schema-blind-s.jsonl", "full-schema-blind-t.jsonl", "full-schema-blind-u.jsonl",
    ];

    /// <summary>The files matching <paramref name="patterns"/>, in name order, without the evaluation sets and <paramref name="leaveOut"/>.</summary>
    public static IEnumerable<string> Find(string dataDirectory, IEnumerable<string> patterns, IReadOnlyCollection<string> leaveOut) =>
        patterns.SelectMany(p => Directory.GetFiles(dataDirectory, p))
            .Where(f => Trains(f, leaveOut))
            .Distinct()
            .OrderBy(Path.GetFileName, StringComparer.Ordinal);

    // The full-schema sets' sources with values instead of offsets repeat their texts.
    private static bool Trains(string file, IReadOnlyCollection<string> leaveOut) =>
        !file.EndsWith(".values.jsonl", StringComparison.Ordinal)
        && !EvaluationOnly.Contains(Path.GetFileName(file), StringComparer.Ordinal)
        && !leaveOut.Contains(Path.GetFileName(file));
}
