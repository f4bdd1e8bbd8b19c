using System.Text.Json;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Routing.Invokes;
using ModerationBot.BotFramework.Tests.TestSupport;

namespace ModerationBot.BotFramework.Tests.Routing.Invokes;

public sealed class MessagingExtensionActionTests
{
    private const string SubmitActionValue = """
        {
          "commandId": "checkComment",
          "commandContext": "message",
          "data": { "decision": "hide" },
          "context": { "theme": "default" },
          "messagePayload": {
            "id": "1700000000123",
            "replyToId": "1700000000000",
            "createdDateTime": "2026-11-23T09:20:00.000Z",
            "linkToMessage": "https://teams.microsoft.com/l/message/19:abc@thread.tacv2/1700000000123",
            "importance": "normal",
            "locale": "sv-se",
            "body": { "contentType": "html", "content": "<p><at id=\"0\">Anna</at> en kommentar</p>" },
            "from": { "user": { "id": "aad-user-1", "displayName": "Kim Testsson", "userIdentityType": "aadUser" }, "application": null },
            "mentions": [ { "id": 0, "mentionText": "Anna" } ],
            "reactions": []
          }
        }
        """;

    [Fact]
    public void TryRead_MessageActionSubmit_ReadsCommandAndMessagePayload()
    {
        var activity = TeamsPayloads.Invoke(InvokeNames.ComposeExtensionSubmitAction, SubmitActionValue);

        Assert.True(InvokeValueReader.TryRead<MessagingExtensionAction>(activity, out var action));

        Assert.Equal("checkComment", action.CommandId);
        Assert.Equal("message", action.CommandContext);
        Assert.Equal("hide", action.Data?.GetProperty("decision").GetString());
        var payload = action.MessagePayload!;
        Assert.Equal("1700000000123", payload.Id);
        Assert.Equal("1700000000000", payload.ReplyToId);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 9, 20, 0, TimeSpan.Zero), payload.CreatedDateTime);
        Assert.Equal("https://teams.microsoft.com/l/message/19:abc@thread.tacv2/1700000000123", payload.LinkToMessage);
        Assert.Equal("html", payload.Body?.ContentType);
        Assert.Contains("en kommentar", payload.Body?.Content, StringComparison.Ordinal);
        Assert.Equal(("aad-user-1", "Kim Testsson", "aadUser"), (payload.From?.User?.Id, payload.From?.User?.DisplayName, payload.From?.User?.UserIdentityType));
        Assert.True(payload.ExtensionData?.ContainsKey("mentions"));
    }

    [Fact]
    public void TryRead_MessageActionSubmit_WritesBackUnknownFields()
    {
        var activity = TeamsPayloads.Invoke(InvokeNames.ComposeExtensionSubmitAction, SubmitActionValue);
        Assert.True(InvokeValueReader.TryRead<MessagingExtensionAction>(activity, out var action));

        var json = JsonSerializer.SerializeToElement(action, ActivityJson.Options);

        Assert.Equal("Anna", json.GetProperty("messagePayload").GetProperty("mentions")[0].GetProperty("mentionText").GetString());
    }

    [Fact]
    public void GetPlainText_HtmlBody_ReturnsVisibleText()
    {
        var activity = TeamsPayloads.Invoke(InvokeNames.ComposeExtensionSubmitAction, SubmitActionValue);
        Assert.True(InvokeValueReader.TryRead<MessagingExtensionAction>(activity, out var action));

        Assert.Equal("Anna en kommentar", action.MessagePayload!.GetPlainText());
    }

    [Fact]
    public void GetPlainText_TextBody_ReturnsItUnchanged()
    {
        var payload = new MessageActionPayload { Body = new MessageActionPayloadBody { ContentType = "text", Content = " 1 < 2 &amp; " } };

        Assert.Equal("1 < 2 &amp;", payload.GetPlainText());
    }

    [Fact]
    public void TryRead_NoValue_ReturnsFalse()
    {
        var activity = TeamsPayloads.Invoke(InvokeNames.ComposeExtensionSubmitAction, null);

        Assert.False(InvokeValueReader.TryRead<MessagingExtensionAction>(activity, out var action));
        Assert.Null(action);
    }
}
