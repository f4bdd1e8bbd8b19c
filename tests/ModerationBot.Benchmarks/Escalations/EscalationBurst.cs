using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ModerationBot.BotFramework.Activities;
using ModerationBot.Cards;
using ModerationBot.Cards.Escalation;
using ModerationBot.Testing.Activities;
using ModerationBot.Testing.Auth;
using ModerationBot.Testing.Cards;
using ModerationBot.Testing.Connector;

namespace ModerationBot.Benchmarks.Escalations;

/// <summary>
/// Moderators in their own channel threads check a threat and open the escalation preview (not measured), then all
/// press Send at the same moment; the run waits for every manager's card at the connector.
/// </summary>
internal sealed class EscalationBurst(EscalationBurstOptions options, Uri messagingEndpoint, BotFrameworkTokenIssuer issuer, FakeConnector connector)
{
    private const string TeamId = "19:burst-team@thread.tacv2";
    private const int PreparingTogether = 8;
    private const int WarmupEscalations = 3;

    public static IEnumerable<KeyValuePair<string, string?>> RoutingSettings(int managers)
    {
        // One more channel and manager for the warm-up, so its cards use none of the measured chats' rate budget.
        for (var channel = 0; channel <= managers; channel++)
        {
            yield return new($"Escalation:Routing:{channel}:ChannelId", ChannelId(channel));
            yield return new($"Escalation:Routing:{channel}:ManagerId", ManagerId(channel));
            yield return new($"Escalation:Routing:{channel}:ManagerName", $"Chef {channel + 1}");
        }
    }

    public async Task<EscalationBurstResult> RunAsync(CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(options.MaxDuration);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Escalations + PreparingTogether })
        {
            Timeout = TimeSpan.FromSeconds(60),
        };
        var authorization = new AuthenticationHeaderValue("Bearer", issuer.CreateToken(connector.ServiceUrl));

        // Warm-up: JIT, the outbound token and the first connection, through the whole path to a card.
        var warmup = Enumerable.Range(0, WarmupEscalations).Select(i => Thread(-1 - i, options.Managers, 0)).ToList();
        foreach (var thread in warmup)
        {
            await ConfirmAsync(client, authorization, thread, await PrepareAsync(client, authorization, thread, deadline.Token), deadline.Token);
        }

        await WaitForCardsAsync(ManagerId(options.Managers), WarmupEscalations, deadline.Token);

        var threads = Enumerable.Range(0, options.Escalations).Select(i => Thread(i, i % options.Managers, i % options.Tenants)).ToArray();
        var sends = new JsonElement[threads.Length];
        await Parallel.ForEachAsync(Enumerable.Range(0, threads.Length), new ParallelOptions { MaxDegreeOfParallelism = PreparingTogether, CancellationToken = deadline.Token },
            async (i, token) => sends[i] = await PrepareAsync(client, authorization, threads[i], token));
        Console.WriteLine($"prepared {threads.Length} escalation previews; load average {Load.MachineInfo.LoadAverage()}");

        var burstStarted = DateTimeOffset.UtcNow;
        var confirmations = await Task.WhenAll(threads.Select((thread, i) => Task.Run(() => ConfirmAsync(client, authorization, thread, sends[i], deadline.Token), deadline.Token)));
        var allConfirmed = DateTimeOffset.UtcNow;

        var measuredChats = Enumerable.Range(0, options.Managers).Select(m => FakeConnector.PersonalChatId(ManagerId(m))).ToHashSet(StringComparer.Ordinal);
        var arrived = await WaitForAllAsync(measuredChats, confirmations.Length, deadline.Token);
        return EscalationBurstResult.From(options, confirmations, arrived, connector.Requests.Where(r => PersonalChatRequests.IsCreate(r) || PersonalChatRequests.IsPost(r))
            .Where(r => measuredChats.Contains(PersonalChatRequests.ChatOf(r))).ToList(), burstStarted, allConfirmed);
    }

    private static string ChannelId(int channel) => $"19:burst-channel-{channel}@thread.tacv2";

    internal static string ManagerId(int manager) => $"00000000-0000-4000-8000-{manager + 1:D12}";

    internal static string TenantId(int tenant) => $"00000000-0000-4000-a000-{tenant + 1:D12}";

    private static ChannelThread Thread(int index, int manager, int tenant) => new(
        TeamId, ChannelId(manager), 1_733_200_000_000L + index,
        new ChannelAccount { Id = $"29:burst-moderator-{index}", Name = $"Moderator {index}", AadObjectId = Guid.NewGuid().ToString() },
        TenantId(tenant));

    // Checks a threat and presses Escalate; returns what Send will submit, with the preview's inputs filled in.
    private async Task<JsonElement> PrepareAsync(HttpClient client, AuthenticationHeaderValue authorization, ChannelThread thread, CancellationToken ct)
    {
        var comment = string.Create(CultureInfo.InvariantCulture, $"granska Jag ska döda dig om ni stänger skola nummer {thread.RootMessageId % 1000}.");
        var check = await CardAfterAsync(client, authorization, TestActivities.ThreadMention(thread, comment, connector.ServiceUrl), thread, ct);
        var preview = await CardAfterAsync(client, authorization,
            TestActivities.ThreadSubmit(thread, CardButtons.SubmitData(check, CardCommands.DataKey, CardCommands.EscalationStart), connector.ServiceUrl), thread, ct);
        return CardButtons.WithInputs(CardButtons.SubmitData(preview, CardCommands.DataKey, EscalationCommands.Confirm), new Dictionary<string, string>
        {
            [EscalationCommands.Platform] = "facebook",
            [EscalationCommands.Link] = "https://www.facebook.com/kommunen/posts/" + thread.RootMessageId.ToString(CultureInfo.InvariantCulture),
            [EscalationCommands.Note] = string.Empty,
        });
    }

    private async Task<EscalationConfirmation> ConfirmAsync(HttpClient client, AuthenticationHeaderValue authorization, ChannelThread thread, JsonElement send, CancellationToken ct)
    {
        await PostAsync(client, authorization, TestActivities.ThreadSubmit(thread, send, connector.ServiceUrl), ct);
        var confirmedAt = DateTimeOffset.UtcNow;
        var reply = connector.Requests.Last(thread.Holds).ReadActivity()?.Text ?? string.Empty;
        return PersonalChatRequests.FindCaseNumber(reply) is { } number
            ? new EscalationConfirmation(number, FakeConnector.PersonalChatId(ManagerId(ChannelIndex(thread))), thread.TenantId, confirmedAt)
            : throw new InvalidOperationException("Send was not confirmed with a case number.");
    }

    private static int ChannelIndex(ChannelThread thread) =>
        int.Parse(thread.ChannelId["19:burst-channel-".Length..thread.ChannelId.IndexOf('@', StringComparison.Ordinal)], CultureInfo.InvariantCulture);

    private async Task<JsonElement> CardAfterAsync(HttpClient client, AuthenticationHeaderValue authorization, Activity activity, ChannelThread thread, CancellationToken ct)
    {
        await PostAsync(client, authorization, activity, ct);
        return connector.Requests.Where(thread.Holds).Select(r => r.Card()).LastOrDefault(c => c is not null)
            ?? throw new InvalidOperationException("The bot answered without a card.");
    }

    private async Task PostAsync(HttpClient client, AuthenticationHeaderValue authorization, Activity activity, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, messagingEndpoint)
        {
            Content = new StringContent(TestActivities.ToJson(activity), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = authorization;
        using var response = await client.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The bot answered {(int)response.StatusCode}.");
        }
    }

    private async Task WaitForCardsAsync(string managerId, int count, CancellationToken ct)
    {
        var chat = "/v3/conversations/" + Uri.EscapeDataString(FakeConnector.PersonalChatId(managerId)) + "/activities";
        while (connector.Requests.Count(r => r.Method == "POST" && r.Path.StartsWith(chat, StringComparison.Ordinal)) < count)
        {
            await Task.Delay(20, ct);
        }
    }

    // Every card that reached the measured chats, once as many as were confirmed have arrived or the time is up.
    private async Task<IReadOnlyList<RecordedRequest>> WaitForAllAsync(HashSet<string> chats, int expected, CancellationToken ct)
    {
        try
        {
            while (connector.Requests.Count(r => PersonalChatRequests.IsPost(r) && chats.Contains(PersonalChatRequests.ChatOf(r))) < expected)
            {
                await Task.Delay(20, ct);
            }

            // A moment longer, so a duplicate would have time to show.
            await Task.Delay(500, ct);
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("stopped by the time limit before every card arrived");
        }

        return [.. connector.Requests.Where(r => PersonalChatRequests.IsPost(r) && chats.Contains(PersonalChatRequests.ChatOf(r)))];
    }
}
