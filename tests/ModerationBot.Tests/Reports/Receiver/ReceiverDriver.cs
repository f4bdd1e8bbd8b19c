using System.Net;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using ModerationBot.BotFramework.Activities;
using ModerationBot.Cases;
using ModerationBot.Cases.Outbox;
using ModerationBot.Core.Cases;
using ModerationBot.Reports;
using ModerationBot.Storage;
using ModerationBot.Testing.Activities;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Reports.Receiver;

/// <summary>Seeds a harassment report and presses the receiver card's buttons through <c>/api/messages</c>.</summary>
internal sealed class ReceiverDriver(ReceiverFactory factory)
{
    public const string Description = "He keeps writing to my private inbox about the library post 7f3a";
    public const string Link = "https://www.facebook.com/example/posts/7f3a";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ICaseStore Cases => factory.Services.GetRequiredService<ICaseStore>();

    /// <summary>The person says hello in their personal chat, so the bot stores where (and in which language) to reach them.</summary>
    public async Task GreetAsync(ReportPerson person, string conversationType = "personal")
    {
        var activity = TestActivities.PersonalMessage("hej", factory.Connector.ServiceUrl, person.Locale);
        Address(activity, person);
        activity.Conversation!.ConversationType = conversationType;
        var response = await PostAsync(activity);
        Assert.True(response.IsSuccessStatusCode);
    }

    /// <summary>A harassment report by <paramref name="employee"/> routed to <paramref name="receiver"/>, as the report form stores it.</summary>
    public Task<ModerationCase> ReportAsync(ReportPerson employee, ReportPerson receiver, IReadOnlyList<string>? deputies = null)
    {
        var details = new HarassmentReportDetails
        {
            Category = "threat",
            Platform = "facebook",
            Account = "private",
            OccurredOn = "2026-11-20",
            Links = Link,
            Description = Description,
            Continuing = "yes",
            PoliceReported = "no",
            Receiver = "manager",
        };
        var draft = new CaseDraft(
            CaseKind.Harassment, CaseSeverity.Medium, new CaseReporter(employee.Id, employee.AadObjectId, "Employee Person"),
            receiver.Id, deputies ?? [], "facebook", null, CaseFindings.None, "harassment / facebook");
        return Cases.CreateAsync(draft, details.ToEvidence(), _ => [], Ct);
    }

    /// <summary>Presses <paramref name="verb"/> as <paramref name="person"/> with the case id and inputs; returns the card the bot answers with.</summary>
    public async Task<JsonElement> PressAsync(ReportPerson person, string verb, Guid caseId, IReadOnlyDictionary<string, string>? inputs = null, string trigger = "manual")
    {
        var data = new Dictionary<string, string>(inputs ?? new Dictionary<string, string>()) { ["caseId"] = caseId.ToString("N") };
        var activity = TestActivities.AdaptiveCardAction(verb, data, factory.Connector.ServiceUrl);
        Address(activity, person);
        activity.Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb, data }, trigger });
        var response = await PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();
        Assert.Equal(Attachment.AdaptiveCardContentType, body.GetProperty("type").GetString());
        return body.GetProperty("value");
    }

    /// <summary>Presses a button as a client without Universal Actions does (<c>Action.Submit</c> fallback); returns what the bot sent to the chat.</summary>
    public async Task<IReadOnlyList<Activity>> SubmitFallbackAsync(ReportPerson person, string verb, Guid caseId, IReadOnlyDictionary<string, string>? inputs = null)
    {
        var before = factory.Connector.Requests.Count;
        var activity = TestActivities.PersonalMessage(string.Empty, factory.Connector.ServiceUrl, person.Locale);
        Address(activity, person);
        activity.Text = null;
        var value = new Dictionary<string, object>(inputs?.ToDictionary(i => i.Key, i => (object)i.Value) ?? []) { ["verb"] = verb, ["data"] = new { caseId = caseId.ToString("N") } };
        activity.Value = JsonSerializer.SerializeToElement(value);
        var response = await PostAsync(activity);
        Assert.True(response.IsSuccessStatusCode);
        return [.. factory.Connector.Requests.Skip(before).Where(r => r.Method == "POST").Select(r => r.ReadActivity()).OfType<Activity>()];
    }

    public async Task<ModerationCase> ReloadAsync(Guid id) => (await Cases.FindAsync(id, Ct))!;

    /// <summary>Every outbox message written for the case (sent or not), target and activity.</summary>
    public async Task<IReadOnlyList<(OutboxTarget Target, Activity Activity)>> OutboxAsync(Guid caseId)
    {
        var database = factory.Services.GetRequiredService<StorageDatabase>();
        await using var connection = await database.OpenAsync(Ct);
        var rows = await connection.QueryAsync<(string Target, string Payload)>(
            "SELECT target AS Target, payload AS Payload FROM outbox_messages WHERE case_id = @id ORDER BY seq", new { id = caseId.ToString("N") });
        return [.. rows.Select(r => (OutboxJson.ReadTarget(r.Target), OutboxJson.ReadActivity(OutboxJson.ReadPayload(r.Payload))))];
    }

    /// <summary>The text and the cards' text of a queued activity.</summary>
    public static string TextOf(Activity activity) =>
        string.Join('\n', (activity.Attachments ?? []).Select(a => TextOf(JsonSerializer.SerializeToElement(a.Content))).Prepend(activity.Text ?? string.Empty));

    /// <summary>All the text a card shows (text blocks, facts, input labels, button titles), one string.</summary>
    public static string TextOf(JsonElement element)
    {
        var text = new StringBuilder();
        Collect(element, text);
        return text.ToString();
    }

    private static void Collect(JsonElement element, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.String && property.Name is "text" or "title" or "value" or "label" or "fallbackText")
                    {
                        text.Append(property.Value.GetString()).Append('\n');
                    }
                    else
                    {
                        Collect(property.Value, text);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, text);
                }

                break;
        }
    }

    // Signed for the host's clock, which the tests move by days.
    private Task<HttpResponseMessage> PostAsync(Activity activity) =>
        factory.PostAsync(activity, token =>
        {
            token.NotBefore = factory.Clock.GetUtcNow().AddMinutes(-1);
            token.Expires = factory.Clock.GetUtcNow().AddHours(1);
        }, Ct);

    private static void Address(Activity activity, ReportPerson person)
    {
        activity.From = new ChannelAccount { Id = person.Id, Name = "Person", AadObjectId = person.AadObjectId };
        activity.Conversation!.Id = person.ConversationId;
        activity.Locale = person.Locale;
    }
}
