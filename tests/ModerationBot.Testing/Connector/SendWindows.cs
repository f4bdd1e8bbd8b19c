namespace ModerationBot.Testing.Connector;

/// <summary>How the requests a connector received fit Teams' sliding-window rate limits.</summary>
public static class SendWindows
{
    /// <summary>The most requests that arrived within any span of <paramref name="window"/>.</summary>
    public static int MostWithin(IEnumerable<DateTimeOffset> arrivals, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(arrivals);
        var sorted = arrivals.Order().ToArray();
        var most = 0;
        var start = 0;
        for (var end = 0; end < sorted.Length; end++)
        {
            while (sorted[end] - sorted[start] >= window)
            {
                start++;
            }

            most = Math.Max(most, end - start + 1);
        }

        return most;
    }
}
