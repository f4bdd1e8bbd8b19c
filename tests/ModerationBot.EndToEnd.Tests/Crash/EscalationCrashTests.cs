using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using ModerationBot.EndToEnd.Tests.Infrastructure;
using ModerationBot.Testing.Connector;

namespace ModerationBot.EndToEnd.Tests.Crash;

/// <summary>
/// The outbox guarantee, tested the hard way: the host runs as a process of its own and is killed with SIGKILL at
/// random moments (and right after the connector has answered a manager's card) while 50 threats are escalated.
/// </summary>
public sealed class EscalationCrashTests(ITestOutputHelper output)
{
    private const int Escalations = 50;
    private const int Channels = 5;
    private const int CardKills = 4;

    // Kills at random turns of the roughly 150 an escalation run takes (check, escalate, send for each of 50), each a
    // random moment into its turn: every stage is hit, however fast or slow the machine is.
    private const int RandomKills = 20;
    private const int NominalTurns = Escalations * 3;
    private const string TeamId = "19:crash-team@thread.tacv2";
    private static readonly TimeSpan s_timeLimit = TimeSpan.FromMinutes(6);

    // How much earlier than its arrival at the connector a card may have left the bot (loopback, a loaded machine).
    private static readonly TimeSpan s_onTheWire = TimeSpan.FromMilliseconds(100);

    // Threats the analysis engine escalates, each made unique by the school and the place.
    private static readonly string[] s_threats =
    [
        "Jag ska döda dig om ni stänger {0}.",
        "Vi kommer att bränna ner kommunhuset om {0} läggs ner.",
        "Nästa gång jag ser rektorn på {0} slår jag ner henne.",
        "I will kill you if {0} closes.",
        "Jag kommer hem till dig ikväll och då ska du få stryk för det ni gjort med {0}.",
    ];

    private static readonly string[] s_schools =
        ["Björkskolan", "Ekskolan", "Tallskolan", "Granskolan", "Lindskolan", "Askskolan", "Almskolan", "Lönnskolan", "Hasselskolan", "Rönnskolan"];

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task HostKilledDuringFiftyEscalations_EveryCaseStoredAndEveryManagerGetsItsCard(string provider)
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("MODERATIONBOT_CRASH_SEED"), CultureInfo.InvariantCulture, out var given)
            ? given
            : Random.Shared.Next();
        output.WriteLine($"seed {seed} (set MODERATIONBOT_CRASH_SEED to repeat the kill pattern)");
        var random = new Random(seed);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(s_timeLimit);
        var ct = limit.Token;
        await using var storage = await CrashStorage.CreateAsync(provider, ct);
        if (storage is null)
        {
            Assert.Skip($"Set {CrashStorage.PostgresVariable} to a PostgreSQL connection string (a role with CREATEDB) to run this on PostgreSQL.");
        }

        await using var connector = await FakeConnector.StartAsync(ct: ct);
        connector.StablePersonalChats = true;
        await using var host = await KilledHost.StartAsync(new Uri($"http://127.0.0.1:{FreePort.Next()}/"), Settings(storage), ct);
        var answeredIds = new ConcurrentDictionary<RecordedRequest, string>(ReferenceEqualityComparer.Instance);
        var cardsKilledAfter = new HashSet<string>(StringComparer.Ordinal);
        var killing = true;
        connector.Answered = (request, id) =>
        {
            if (id is not null)
            {
                answeredIds[request] = id;
            }

            // Kill in the window the guarantee is about: the connector has the card, the bot has not yet recorded it.
            // Once per case: each such death may add a copy, and the guarantee is about one death per case.
            lock (random)
            {
                if (Volatile.Read(ref killing) && cardsKilledAfter.Count < CardKills && PersonalChatRequests.IsPost(request)
                    && !cardsKilledAfter.Contains(PersonalChatRequests.CaseNumberIn(request)) && random.NextDouble() < 0.3
                    && host.Kill("just after the connector answered a card"))
                {
                    cardsKilledAfter.Add(PersonalChatRequests.CaseNumberIn(request));
                }
            }
        };

        var watch = Stopwatch.StartNew();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var killTurns = Enumerable.Range(1, NominalTurns).OrderBy(_ => random.Next()).Take(RandomKills).ToHashSet();
        var turns = 0;
        var pendingKills = new ConcurrentBag<Task>();
        void OnTurn()
        {
            if (killTurns.Contains(Interlocked.Increment(ref turns)))
            {
                int delay;
                lock (random)
                {
                    delay = random.Next(0, 60);
                }

                pendingKills.Add(Task.Run(async () =>
                {
                    await Task.Delay(delay, CancellationToken.None);
                    host.Kill("at a random moment of a turn");
                }, CancellationToken.None));
            }
        }

        var moderators = Enumerable.Range(0, Escalations)
            .Select(i => new ChannelModerator(client, host, connector, TeamId, ChannelId(i % Channels), i, OnTurn))
            .ToArray();
        var numbers = new string[Escalations];
        await Task.WhenAll(Enumerable.Range(0, Channels).Select(channel => Task.Run(async () =>
        {
            for (var i = channel; i < Escalations; i += Channels)
            {
                numbers[i] = await moderators[i].EscalateAsync(Threat(i), ct);
            }
        }, ct)));
        Volatile.Write(ref killing, false);
        await Task.WhenAll(pendingKills);
        output.WriteLine($"50 escalations confirmed in {watch.Elapsed.TotalSeconds:F1} s with {host.Kills.Count} kills "
            + $"({host.Kills.Count(k => k.Reason.StartsWith("just after", StringComparison.Ordinal))} just after a card), "
            + $"{moderators.Sum(m => m.Rechecks)} re-checks");

        Assert.Equal(Escalations, numbers.Distinct().Count());
        await host.WaitUntilUpAsync();
        var stored = await WaitUntilAllCardsRecordedAsync(storage, ct);
        var deliveries = CardDeliveries(connector, answeredIds);
        await host.DisposeAsync();

        // Every escalation is a stored case with its evidence, and no kill made a second case for the same one.
        Assert.Equal(numbers.Order(StringComparer.Ordinal), stored.Select(s => s.Number).Order(StringComparer.Ordinal));
        Assert.All(stored, s => Assert.True(s.HasEvidence, $"{s.Number} has no evidence."));

        var casesWithTwoDeaths = 0;
        for (var i = 0; i < Escalations; i++)
        {
            var number = numbers[i];
            var copies = deliveries.Where(d => d.Number == number).ToList();
            var manager = ManagerId(i % Channels);

            // Every manager got the card at least once, in their own 1:1 chat.
            Assert.NotEmpty(copies);
            Assert.All(copies, c => Assert.Equal(FakeConnector.PersonalChatId(manager), c.ConversationId));

            // A copy more only where the bot died between the connector taking the card and the bot recording it:
            // between any two copies a kill fell after the earlier copy was sent (it reached the connector at most
            // a moment later), one more copy per such death, and the outbox kept the last copy's id, so no earlier
            // copy was ever recorded as sent.
            var row = stored.Single(s => s.Number == number);
            Assert.Equal(copies[^1].ActivityId, row.SentActivityId);
            for (var copy = 1; copy < copies.Count; copy++)
            {
                var (earlier, later) = (copies[copy - 1].ReceivedAt - s_onTheWire, copies[copy].ReceivedAt);
                Assert.True(host.Kills.Any(k => k.At >= earlier && k.At <= later),
                    $"{number}: copy {copy + 1} at {later:HH:mm:ss.fff} follows no kill after copy {copy} at {copies[copy - 1].ReceivedAt:HH:mm:ss.fff}");
            }

            if (copies.Count > 2)
            {
                casesWithTwoDeaths++;
            }
        }

        output.WriteLine($"{deliveries.Count} cards delivered for {Escalations} cases: {deliveries.Count - Escalations} duplicates, "
            + $"each after a kill between the connector taking the card and the commit ({casesWithTwoDeaths} cases met two such kills)");
    }

    private static string Threat(int index) =>
        string.Format(CultureInfo.InvariantCulture, s_threats[index % s_threats.Length], s_schools[index / s_threats.Length % s_schools.Length]);

    private static string ChannelId(int channel) => $"19:crash-channel-{channel}@thread.tacv2";

    private static string ManagerId(int channel) => $"00000000-0000-4000-8000-{channel + 1:D12}";

    private static Dictionary<string, string> Settings(CrashStorage storage)
    {
        var settings = new Dictionary<string, string>(storage.Settings)
        {
            ["MicrosoftAppId"] = string.Empty,
            // A claim held by a killed process is taken over after the lease; the shortest allowed keeps the test short.
            ["Outbox:Lease"] = "00:00:05",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        for (var channel = 0; channel < Channels; channel++)
        {
            settings[$"Escalation:Routing:{channel}:ChannelId"] = ChannelId(channel);
            settings[$"Escalation:Routing:{channel}:ManagerId"] = ManagerId(channel);
            settings[$"Escalation:Routing:{channel}:ManagerName"] = $"Chef {channel + 1}";
        }

        return settings;
    }

    private sealed record CardDelivery(string Number, string ConversationId, string? ActivityId, DateTimeOffset ReceivedAt);

    // The cards managers received: posts to a 1:1 chat, each naming one case, with the id the connector answered
    // (none when the bot was killed before the answer was written).
    private static List<CardDelivery> CardDeliveries(FakeConnector connector, ConcurrentDictionary<RecordedRequest, string> answeredIds) =>
        [.. connector.Requests.Where(PersonalChatRequests.IsPost).Select(request => new CardDelivery(
            PersonalChatRequests.CaseNumberIn(request),
            PersonalChatRequests.ChatOf(request),
            answeredIds.GetValueOrDefault(request),
            request.ReceivedAt))];

    private sealed record StoredCase(string Number, bool HasEvidence, string? SentActivityId);

    // Reads the host's database beside the running host (SQLite readers do not block its writer) until every
    // case's card is recorded as sent.
    private static async Task<IReadOnlyList<StoredCase>> WaitUntilAllCardsRecordedAsync(CrashStorage storage, CancellationToken ct)
    {
        while (true)
        {
            var stored = await ReadCasesAsync(storage, ct);
            if (stored.Count > 0 && stored.All(s => s.SentActivityId is not null))
            {
                return stored;
            }

            await Task.Delay(200, ct);
        }
    }

    private static async Task<IReadOnlyList<StoredCase>> ReadCasesAsync(CrashStorage storage, CancellationToken ct)
    {
        await using var connection = await storage.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.year, c.sequence, e.case_id IS NOT NULL,
                   (SELECT o.sent_activity_id FROM outbox_messages o WHERE o.case_id = c.id AND o.correlation_key LIKE '%/card/%' ORDER BY o.seq LIMIT 1)
            FROM cases c LEFT JOIN case_evidence e ON e.case_id = c.id
            """;
        var cases = new List<StoredCase>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            cases.Add(new StoredCase(
                string.Create(CultureInfo.InvariantCulture, $"MOD-{reader.GetInt32(0)}-{reader.GetInt32(1):D4}"),
                reader.GetBoolean(2),
                reader.IsDBNull(3) ? null : reader.GetString(3)));
        }

        return cases;
    }
}
