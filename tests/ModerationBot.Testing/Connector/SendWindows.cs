namespace ModerationBot.Testing.Connector;

/// <summary>How the requests a connector received fit Teams' sliding-window rate limits.</summary>
public static class SendWindows
{
    // The connector sees a request a little after the dispatcher counted it, and that delay varies; windows are
    // checked 5 % shorter so loopback jitter is not mistaken for a breach.
    private const double Tolerance = 0.95;

    private static readonly (int Count, int Seconds)[] s_perChat = [(7, 1), (8, 2), (60, 30)];

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

    /// <summary>
    /// Where proactive 1:1 chat requests broke Teams' limits: per chat 7 a second, 8 in two seconds, 60 in thirty
    /// (creating the chat counts), and 30 a second per tenant; empty when they kept them.
    /// </summary>
    public static IReadOnlyList<string> Breaches(IReadOnlyCollection<RecordedRequest> proactive, Func<RecordedRequest, string> tenantOf)
    {
        ArgumentNullException.ThrowIfNull(proactive);
        var breaches = new List<string>();
        foreach (var chat in proactive.GroupBy(PersonalChatRequests.ChatOf))
        {
            var arrivals = chat.Select(r => r.ReceivedAt).ToList();
            foreach (var (count, seconds) in s_perChat)
            {
                var most = MostWithin(arrivals, TimeSpan.FromSeconds(seconds * Tolerance));
                if (most > count)
                {
                    breaches.Add($"{chat.Key}: {most} requests within {seconds} s (limit {count})");
                }
            }
        }

        foreach (var tenant in proactive.GroupBy(tenantOf))
        {
            var most = MostWithin(tenant.Select(r => r.ReceivedAt), TimeSpan.FromSeconds(Tolerance));
            if (most > 30)
            {
                breaches.Add($"tenant {tenant.Key}: {most} requests within 1 s (limit 30)");
            }
        }

        return breaches;
    }
}
