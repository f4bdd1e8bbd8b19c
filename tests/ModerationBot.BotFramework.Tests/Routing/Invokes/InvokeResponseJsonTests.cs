using System.Text.Json;
using System.Text.Json.Nodes;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Routing.Invokes;

namespace ModerationBot.BotFramework.Tests.Routing.Invokes;

// The shapes Teams expects on the wire, written with the protocol's JSON options.
public sealed class InvokeResponseJsonTests
{
    private static readonly object Card = new { type = "AdaptiveCard", version = "1.5" };

    [Fact]
    public void AdaptiveCardInvokeResponse_Card_WritesStatusTypeAndCard()
    {
        AssertJson(
            """{ "statusCode": 200, "type": "application/vnd.microsoft.card.adaptive", "value": { "type": "AdaptiveCard", "version": "1.5" } }""",
            AdaptiveCardInvokeResponse.Card(Card));
    }

    [Fact]
    public void AdaptiveCardInvokeResponse_Error_WritesErrorTypeWithCodeAndMessage()
    {
        AssertJson(
            """{ "statusCode": 400, "type": "application/vnd.microsoft.error", "value": { "code": "BadRequest", "message": "m" } }""",
            AdaptiveCardInvokeResponse.Error(400, "BadRequest", "m"));
    }

    [Fact]
    public void TaskModuleResponse_Continue_WritesDialogWithCardAndSize()
    {
        var response = TaskModuleResponse.Continue(new TaskModuleTaskInfo
        {
            Title = "Granska",
            Height = 400,
            Width = "medium",
            Card = ActivityFactory.AdaptiveCardAttachment(Card),
        });

        AssertJson(
            """
            { "task": { "type": "continue", "value": { "title": "Granska", "height": 400, "width": "medium",
              "card": { "contentType": "application/vnd.microsoft.card.adaptive", "content": { "type": "AdaptiveCard", "version": "1.5" } } } } }
            """,
            response);
    }

    [Fact]
    public void TaskModuleResponse_Message_WritesTaskMessage()
    {
        AssertJson("""{ "task": { "type": "message", "value": "Klart." } }""", TaskModuleResponse.Message("Klart."));
    }

    [Fact]
    public void MessagingExtensionActionResponse_Result_WritesComposeExtensionResult()
    {
        var response = MessagingExtensionActionResponse.Result([ActivityFactory.AdaptiveCardAttachment(Card)]);

        AssertJson(
            """
            { "composeExtension": { "type": "result", "attachmentLayout": "list",
              "attachments": [ { "contentType": "application/vnd.microsoft.card.adaptive", "content": { "type": "AdaptiveCard", "version": "1.5" } } ] } }
            """,
            response);
    }

    [Fact]
    public void MessagingExtensionActionResponse_Message_WritesComposeExtensionMessage()
    {
        AssertJson("""{ "composeExtension": { "type": "message", "text": "Ok" } }""", MessagingExtensionActionResponse.Message("Ok"));
    }

    [Fact]
    public void MessagingExtensionActionResponse_Continue_WritesTask()
    {
        AssertJson(
            """{ "task": { "type": "continue", "value": { "title": "T", "url": "https://example.org/x" } } }""",
            MessagingExtensionActionResponse.Continue(new TaskModuleTaskInfo { Title = "T", Url = "https://example.org/x" }));
    }

    private static void AssertJson(string expected, object actual)
    {
        var written = JsonSerializer.Serialize(actual, actual.GetType(), ActivityJson.Options);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(written)), $"Unexpected JSON: {written}");
    }
}
