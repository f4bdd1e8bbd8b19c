using System.Net;
using System.Text.Json;
using ModerationBot.BotFramework.Activities;
using ModerationBot.Testing.Activities;
using ModerationBot.Tests.Bot.Checking;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Reports;

/// <summary>One employee talking to the bot about a report, in the chat or in a Teams dialog.</summary>
internal sealed class ReportTurns(ModerationBotFactory factory, string locale = "sv-SE")
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // One employee: the same ids and chat for every turn, different from every other test's.
    private readonly Activity _identity = TestActivities.PersonalMessage("", factory.Connector.ServiceUrl, locale).Isolated();

    public string UserId => _identity.From!.Id!;

    public string AadObjectId => _identity.From!.AadObjectId!;

    public string ConversationId => _identity.Conversation!.Id!;

    /// <summary>Types <paramref name="text"/> in the chat; returns the cards and texts the bot sent back.</summary>
    public Task<IReadOnlyList<JsonElement>> TypeAsync(string text) => ChatAsync(Me(TestActivities.PersonalMessage(text, factory.Connector.ServiceUrl, locale)));

    /// <summary>Presses a chat card's submit button carrying <paramref name="data"/>.</summary>
    public Task<IReadOnlyList<JsonElement>> PressAsync(object data)
    {
        var activity = Me(TestActivities.PersonalMessage("", factory.Connector.ServiceUrl, locale));
        activity.Text = null;
        activity.Value = JsonSerializer.SerializeToElement(data);
        return ChatAsync(activity);
    }

    /// <summary>Opens a dialog with <paramref name="data"/> (<c>task/fetch</c>); returns the response body.</summary>
    public Task<JsonElement> FetchAsync(object data) => InvokeAsync(TestActivities.TaskFetch(data, factory.Connector.ServiceUrl));

    /// <summary>Submits the dialog with <paramref name="data"/> (<c>task/submit</c>); returns the response body.</summary>
    public Task<JsonElement> SubmitAsync(object data) => InvokeAsync(TestActivities.TaskSubmit(data, factory.Connector.ServiceUrl));

    /// <summary>Everything the bot sent to this employee's chat so far (cards as card JSON, texts as strings).</summary>
    public IReadOnlyList<JsonElement> Sent() =>
        [.. factory.Connector.RequestsFor(_identity).Select(r => r.Card() ?? JsonSerializer.SerializeToElement(r.ReadActivity()?.Text ?? string.Empty))];

    private async Task<JsonElement> InvokeAsync(Activity activity)
    {
        var response = await factory.PostAsync(Me(activity), ct: Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<IReadOnlyList<JsonElement>> ChatAsync(Activity activity)
    {
        var before = Sent().Count;
        var response = await factory.PostAsync(activity, ct: Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. Sent().Skip(before)];
    }

    private Activity Me(Activity activity)
    {
        activity.Locale = locale;
        activity.From = new ChannelAccount { Id = _identity.From!.Id, Name = "Elin Anmälarsson", AadObjectId = _identity.From.AadObjectId };
        activity.Conversation!.Id = _identity.Conversation!.Id;
        return activity;
    }

    public static string Text(JsonElement cardOrText) =>
        cardOrText.ValueKind == JsonValueKind.String ? cardOrText.GetString()! : CheckTurns.AllText(cardOrText);

    /// <summary>The first thing the card says.</summary>
    public static string Heading(JsonElement card) => card.GetProperty("body")[0].GetProperty("text").GetString()!;

    public static JsonElement DialogCard(JsonElement body) => CheckTurns.ContinueCard(body);

    /// <summary>The text a dialog closed with (<c>task: message</c>).</summary>
    public static string DialogMessage(JsonElement body)
    {
        var task = body.GetProperty("task");
        Assert.Equal("message", task.GetProperty("type").GetString());
        return task.GetProperty("value").GetString()!;
    }

    /// <summary>The data of the card's button titled <paramref name="title"/> (top-level or in an action set).</summary>
    public static JsonElement ButtonData(JsonElement card, string title) =>
        Buttons(card).First(a => a.GetProperty("title").GetString() == title).GetProperty("data");

    public static IEnumerable<JsonElement> Buttons(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => (element.TryGetProperty("type", out var type) && type.GetString()?.StartsWith("Action.", StringComparison.Ordinal) == true
            ? [element] : Enumerable.Empty<JsonElement>()).Concat(element.EnumerateObject().SelectMany(p => Buttons(p.Value))),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Buttons),
        _ => [],
    };
}
