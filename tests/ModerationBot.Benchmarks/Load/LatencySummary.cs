namespace ModerationBot.Benchmarks.Load;

/// <summary>Latency percentiles in milliseconds.</summary>
internal sealed record LatencySummary(int Count, double P50, double P95, double P99, double Max)
{
    public static LatencySummary FromMilliseconds(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        return new LatencySummary(sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), Percentile(sorted, 1.0));
    }

    // Nearest rank: the smallest value with at least p of the values at or below it.
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
