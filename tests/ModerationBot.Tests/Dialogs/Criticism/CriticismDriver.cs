using System.Net;
using System.Text.Json;
using ModerationBot.BotFramework.Activities;
using ModerationBot.Testing.Activities;
using ModerationBot.Testing.Connector;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Dialogs.Criticism;

/// <summary>Drives the criticism dialog through <c>/api/messages</c> as one Teams user in one personal chat.</summary>
internal sealed class CriticismDriver(ModerationBotFactory factory, string conversationId, string userId, string aadObjectId, string locale)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public string ConversationId => conversationId;

    public string UserId => userId;

    public string AadObjectId => aadObjectId;

    public static CriticismDriver Create(ModerationBotFactory factory, string locale = "sv-SE")
    {
        var template = TestActivities.PersonalMessage("x", factory.Connector.ServiceUrl, locale).Isolated();
        return new CriticismDriver(factory, template.Conversation!.Id!, template.From!.Id!, template.From.AadObjectId!, locale);
    }

    /// <summary>Another person in the same conversation.</summary>
    public CriticismDriver AsSomeoneElse(string? otherLocale = null) =>
        new(factory, conversationId, "29:someone-else-" + Guid.NewGuid().ToString("N")[..8], Guid.NewGuid().ToString(), otherLocale ?? locale);

    /// <summary>The same person talking to another instance of the host (after a restart).</summary>
    public CriticismDriver On(ModerationBotFactory other) => new(other, conversationId, userId, aadObjectId, locale);

    /// <summary>Sends a message (text and/or submit value) and returns what the bot sent back to the conversation.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> SendAsync(string? text, object? value = null, string? replyToId = null)
    {
        var before = factory.Connector.Requests.Count;
        var activity = Address(TestActivities.PersonalMessage(text ?? string.Empty, factory.Connector.ServiceUrl, locale));
        activity.Text = text;
        activity.ReplyToId = replyToId;
        if (value is not null)
        {
            activity.Value = JsonSerializer.SerializeToElement(value);
        }

        var response = await factory.PostAsync(activity, ct: Ct);
        Assert.True(response.IsSuccessStatusCode, $"POST returned {(int)response.StatusCode}");
        return [.. factory.Connector.Requests.Skip(before).Where(r => r.Path.Contains(Uri.EscapeDataString(conversationId), StringComparison.Ordinal))];
    }

    /// <summary>Starts the dialog with a typed command and returns the posted card.</summary>
    public async Task<JsonElement> StartAsync(string text)
    {
        var sent = await SendAsync(text);
        var post = Assert.Single(sent, r => r.Method == "POST");
        return post.Card() ?? throw new Xunit.Sdk.XunitException("The bot sent no card.");
    }

    /// <summary>Presses the button of <paramref name="card"/> with <paramref name="verb"/> (and option) and returns the card from the invoke response.</summary>
    public Task<JsonElement> PressAsync(JsonElement card, string verb, string? option = null) =>
        InvokeAsync(verb, CriticismCards.ActionData(card, verb, option), "manual");

    /// <summary>The card's refresh action, as Teams fires it when the card is viewed.</summary>
    public Task<JsonElement> RefreshAsync(JsonElement card) =>
        InvokeAsync(card.GetProperty("refresh").GetProperty("action").GetProperty("verb").GetString()!,
            card.GetProperty("refresh").GetProperty("action").GetProperty("data"), "automatic");

    public async Task<JsonElement> InvokeAsync(string verb, JsonElement data, string trigger)
    {
        var activity = Address(TestActivities.AdaptiveCardAction(verb, data, factory.Connector.ServiceUrl));
        activity.Value = JsonSerializer.SerializeToElement(new
        {
            action = new { type = "Action.Execute", verb, data },
            trigger,
        });
        var response = await factory.PostAsync(activity, ct: Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal(Attachment.AdaptiveCardContentType, body.GetProperty("type").GetString());
        return body.GetProperty("value");
    }

    private Activity Address(Activity activity)
    {
        activity.Conversation!.Id = conversationId;
        activity.From = new ChannelAccount { Id = userId, Name = "Moderator", AadObjectId = aadObjectId };
        activity.Locale = locale;
        return activity;
    }
}
