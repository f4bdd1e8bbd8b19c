using System.Globalization;
using ModerationBot.Benchmarks.Load;
using ModerationBot.Testing.Connector;

namespace ModerationBot.Benchmarks.Escalations;

/// <summary>What a burst measured: confirmation to card latency, and whether delivery kept its promises.</summary>
internal sealed record EscalationBurstResult(
    EscalationBurstOptions Options,
    LatencySummary ConfirmationTurns,
    LatencySummary CardLatency,
    TimeSpan Confirming,
    TimeSpan LastCardAfterBurst,
    int Missing,
    int Duplicated,
    int ChatsOutOfOrder,
    IReadOnlyList<string> RateBreaches,
    double TenantFloorSeconds)
{
    public bool Passed => Missing == 0 && Duplicated == 0 && ChatsOutOfOrder == 0 && RateBreaches.Count == 0;

    public static EscalationBurstResult From(
        EscalationBurstOptions options, IReadOnlyList<EscalationConfirmation> confirmations, IReadOnlyList<RecordedRequest> cards,
        IReadOnlyList<RecordedRequest> proactive, DateTimeOffset burstStarted, DateTimeOffset allConfirmed)
    {
        var cardsByNumber = cards.GroupBy(c => PersonalChatRequests.CaseNumberIn(c)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var latencies = confirmations.Where(c => cardsByNumber.ContainsKey(c.Number))
            .Select(c => (cardsByNumber[c.Number][0].ReceivedAt - c.ConfirmedAt).TotalMilliseconds);
        var outOfOrder = cards.GroupBy(PersonalChatRequests.ChatOf)
            .Count(chat => !chat.Select(c => PersonalChatRequests.CaseNumberIn(c)).SequenceEqual(
                chat.Select(c => PersonalChatRequests.CaseNumberIn(c)).Order(StringComparer.Ordinal)));
        var tenantOfCase = confirmations.ToDictionary(c => c.Number, c => c.TenantId, StringComparer.Ordinal);
        return new EscalationBurstResult(
            options,
            LatencySummary.FromMilliseconds(confirmations.Select(c => (c.ConfirmedAt - burstStarted).TotalMilliseconds)),
            LatencySummary.FromMilliseconds(latencies),
            allConfirmed - burstStarted,
            cards.Count == 0 ? TimeSpan.Zero : cards.Max(c => c.ReceivedAt) - burstStarted,
            confirmations.Count(c => !cardsByNumber.ContainsKey(c.Number)),
            cardsByNumber.Values.Count(v => v.Count > 1),
            outOfOrder,
            SendWindows.Breaches(proactive, r => TenantOf(r, tenantOfCase)),
            TenantFloor(proactive, r => TenantOf(r, tenantOfCase)));
    }

    public void Print(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"confirmations: {ConfirmationTurns.Count} answered within {Confirming.TotalSeconds:F2} s of the burst (turn p50 {ConfirmationTurns.P50:F0} ms, p95 {ConfirmationTurns.P95:F0} ms)"));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"confirmation to card at the connector: p50 {CardLatency.P50:F0} ms, p95 {CardLatency.P95:F0} ms, p99 {CardLatency.P99:F0} ms, max {CardLatency.Max:F0} ms ({CardLatency.Count} cards)"));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"last card {LastCardAfterBurst.TotalSeconds:F2} s after the burst; Teams' 30 requests per second per tenant alone needs at least {TenantFloorSeconds:F2} s from the first request to the last"));
        writer.WriteLine($"delivery: {Missing} missing, {Duplicated} duplicated, {ChatsOutOfOrder} chats out of order, {RateBreaches.Count} rate-limit breaches");
        foreach (var breach in RateBreaches.Take(10))
        {
            writer.WriteLine("  " + breach);
        }

        writer.WriteLine(Passed ? "result: every card arrived once, in order, within the limits" : "result: FAILED");
    }

    private static string TenantOf(RecordedRequest request, IReadOnlyDictionary<string, string> tenantOfCase) =>
        PersonalChatRequests.IsCreate(request)
            ? request.ReadJson().GetProperty("tenantId").GetString()!
            : tenantOfCase.GetValueOrDefault(PersonalChatRequests.CaseNumberIn(request), "unknown");

    // With at most 30 requests in any second, the n-th request of a tenant comes at least (n - 1) / 30 s after its first.
    private static double TenantFloor(IReadOnlyList<RecordedRequest> proactive, Func<RecordedRequest, string> tenantOf) =>
        proactive.GroupBy(tenantOf).Select(t => Math.Max(0, Math.Ceiling(t.Count() / 30.0) - 1)).DefaultIfEmpty(0).Max();
}
