using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using ModerationBot.BotFramework.Activities;
using ModerationBot.Cards;
using ModerationBot.Cards.Escalation;
using ModerationBot.Testing.Activities;
using ModerationBot.Testing.Cards;
using ModerationBot.Testing.Connector;

namespace ModerationBot.EndToEnd.Tests.Crash;

/// <summary>
/// One moderator escalating one threat from an @mention in a channel thread, through <c>/api/messages</c> as Teams
/// sends it, and doing what a person does while the bot is down: send again until the bot takes it, and check the
/// comment again when the bot says the escalation can no longer be sent.
/// </summary>
internal sealed class ChannelModerator(HttpClient client, KilledHost host, FakeConnector connector, string teamId, string channelId, int index, Action onTurn)
{
    private const int MaxAttemptsPerTurn = 100;
    private const int MaxRounds = 10;

    private readonly ChannelThread _thread = new(teamId, channelId, 1_733_000_000_000L + index,
        new ChannelAccount { Id = $"29:crash-moderator-{index}", Name = $"Moderator {index}", AadObjectId = $"00000000-0000-4000-9000-{index:D12}" });

    /// <summary>How often the moderator had to check the comment again because a kill cost the escalation its draft.</summary>
    public int Rechecks { get; private set; }

    /// <summary>Checks <paramref name="comment"/>, presses Escalate, then Send, and returns the case number the bot answered with.</summary>
    public async Task<string> EscalateAsync(string comment, CancellationToken ct)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            var check = LastCard(await TurnAsync(TestActivities.ThreadMention(_thread, "granska " + comment, connector.ServiceUrl), ct))
                ?? throw new Xunit.Sdk.XunitException($"Escalation {index}: the bot answered the check without a card.");
            if (!CardButtons.HasSubmit(check, CardCommands.DataKey, CardCommands.EscalationStart))
            {
                throw new Xunit.Sdk.XunitException($"Escalation {index}: the check result offers no escalation, so the comment was not judged a threat.");
            }

            var preview = LastCard(await TurnAsync(Press(CardButtons.SubmitData(check, CardCommands.DataKey, CardCommands.EscalationStart)), ct));
            if (preview is not { } previewCard || !CardButtons.HasSubmit(previewCard, CardCommands.DataKey, EscalationCommands.Confirm))
            {
                Rechecks++;
                continue;
            }

            var send = CardButtons.WithInputs(CardButtons.SubmitData(previewCard, CardCommands.DataKey, EscalationCommands.Confirm), new Dictionary<string, string>
            {
                [EscalationCommands.Platform] = "facebook",
                [EscalationCommands.Link] = $"https://www.facebook.com/kommunen/posts/{index}",
                [EscalationCommands.Note] = string.Empty,
            });
            var answer = LastText(await TurnAsync(Press(send), ct));
            if (PersonalChatRequests.FindCaseNumber(answer) is { } number)
            {
                return number;
            }

            Rechecks++;
        }

        throw new Xunit.Sdk.XunitException($"Escalation {index} got no case number in {MaxRounds} rounds.");
    }

    // Posts until the bot answers 200 and returns what it sent to this thread during the attempt that was taken.
    // Each attempt is a new activity, as when a person sends again: a redelivery with the same id would rightly be
    // recognised as one and answered with nothing.
    private async Task<IReadOnlyList<RecordedRequest>> TurnAsync(Activity activity, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= MaxAttemptsPerTurn; attempt++)
        {
            activity.Id = $"crash-{index}-{Guid.NewGuid():N}";
            var since = DateTimeOffset.UtcNow;
            onTurn();
            try
            {
                using var content = new StringContent(TestActivities.ToJson(activity), Encoding.UTF8, "application/json");
                using var response = await client.PostAsync(host.MessagingEndpoint, content, ct);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return RepliesSince(since);
                }

                if ((int)response.StatusCode < 500)
                {
                    throw new Xunit.Sdk.XunitException($"Escalation {index}: the bot answered {(int)response.StatusCode}, which no retry mends.");
                }
            }
            catch (HttpRequestException)
            {
                // The host was killed under the request, or is not listening yet.
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // The request timed out against a dying host.
            }

            await host.WaitUntilUpAsync();
            await Task.Delay(50, ct);
        }

        throw new Xunit.Sdk.XunitException($"Escalation {index}: the bot took no turn in {MaxAttemptsPerTurn} attempts.\n{host.Output}");
    }

    private IReadOnlyList<RecordedRequest> RepliesSince(DateTimeOffset since) =>
        [.. connector.Requests.Where(r => r.Method == "POST" && r.ReceivedAt >= since && _thread.Holds(r))];

    private static JsonElement? LastCard(IReadOnlyList<RecordedRequest> replies) =>
        replies.Select(r => r.Card()).LastOrDefault(c => c is not null);

    private static string? LastText(IReadOnlyList<RecordedRequest> replies) =>
        replies.Select(r => r.ReadActivity()?.Text).LastOrDefault(t => !string.IsNullOrEmpty(t));

    private Activity Press(JsonElement data) => TestActivities.ThreadSubmit(_thread, data, connector.ServiceUrl);
}
