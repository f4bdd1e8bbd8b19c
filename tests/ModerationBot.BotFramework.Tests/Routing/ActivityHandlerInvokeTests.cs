using System.Text.Json;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Routing;
using ModerationBot.BotFramework.Routing.Invokes;
using ModerationBot.BotFramework.Tests.TestSupport;

namespace ModerationBot.BotFramework.Tests.Routing;

public sealed class ActivityHandlerInvokeTests
{
    private const string TaskValue = """{ "data": { "commentId": "c-1" }, "context": { "theme": "dark" } }""";
    private const string ActionValue = """
        { "commandId": "checkComment", "commandContext": "message", "data": { "choice": "ok" },
          "messagePayload": { "id": "m-1", "body": { "contentType": "html", "content": "<p>text</p>" },
                              "from": { "user": { "id": "aad-1", "displayName": "Kim", "userIdentityType": "aadUser" } } } }
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OnTurnAsync_AdaptiveCardAction_PassesVerbAndDataAndAnswers200WithResponse()
    {
        var response = await RunAsync(new FullHandler(), InvokeNames.AdaptiveCardAction,
            """{ "action": { "type": "Action.Execute", "verb": "approve", "data": { "n": 1 } }, "trigger": "manual" }""");

        Assert.Equal(200, response.Status);
        var body = Assert.IsType<AdaptiveCardInvokeResponse>(response.Body);
        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, body.Type);
        Assert.Equal("approve manual 1", body.Value);
    }

    [Theory]
    [InlineData(InvokeNames.TaskFetch, "fetch c-1 dark")]
    [InlineData(InvokeNames.TaskSubmit, "submit c-1 dark")]
    public async Task OnTurnAsync_TaskInvoke_PassesRequestAndReturnsTaskResponse(string name, string expected)
    {
        var response = await RunAsync(new FullHandler(), name, TaskValue);

        Assert.Equal(200, response.Status);
        var body = Assert.IsType<TaskModuleResponse>(response.Body);
        Assert.Equal(expected, body.Task?.Value);
    }

    [Theory]
    [InlineData(InvokeNames.ComposeExtensionFetchTask, "fetchTask checkComment message m-1 Kim")]
    [InlineData(InvokeNames.ComposeExtensionSubmitAction, "submitAction checkComment message m-1 Kim")]
    public async Task OnTurnAsync_ComposeExtensionInvoke_PassesActionAndReturnsResponse(string name, string expected)
    {
        var response = await RunAsync(new FullHandler(), name, ActionValue);

        Assert.Equal(200, response.Status);
        var body = Assert.IsType<MessagingExtensionActionResponse>(response.Body);
        Assert.Equal(expected, body.ComposeExtension?.Text);
    }

    [Theory]
    [InlineData(InvokeNames.AdaptiveCardAction)]
    [InlineData(InvokeNames.TaskFetch)]
    [InlineData(InvokeNames.TaskSubmit)]
    [InlineData(InvokeNames.ComposeExtensionFetchTask)]
    [InlineData(InvokeNames.ComposeExtensionSubmitAction)]
    public async Task OnTurnAsync_KnownInvokeNotOverridden_Answers501(string name)
    {
        var value = name == InvokeNames.AdaptiveCardAction ? """{ "action": { "type": "Action.Execute", "verb": "x" } }""" : TaskValue;

        var response = await RunAsync(new EmptyHandler(), name, value);

        Assert.Equal(501, response.Status);
        Assert.Null(response.Body);
    }

    [Theory]
    [InlineData("signin/verifyState")]
    [InlineData("composeExtension/query")]
    [InlineData(null)]
    public async Task OnTurnAsync_UnknownInvoke_Answers501(string? name)
    {
        var response = await RunAsync(new FullHandler(), name, "{}");

        Assert.Equal(501, response.Status);
    }

    [Theory]
    [InlineData(InvokeNames.AdaptiveCardAction, null)]
    [InlineData(InvokeNames.AdaptiveCardAction, """{ "trigger": "manual" }""")]
    [InlineData(InvokeNames.AdaptiveCardAction, """{ "action": "not-an-object" }""")]
    [InlineData(InvokeNames.TaskFetch, "[1, 2]")]
    [InlineData(InvokeNames.TaskSubmit, null)]
    [InlineData(InvokeNames.ComposeExtensionFetchTask, "\"text\"")]
    [InlineData(InvokeNames.ComposeExtensionSubmitAction, """{ "commandId": 42 }""")]
    [InlineData(InvokeNames.ComposeExtensionSubmitAction, """{ "messagePayload": { "createdDateTime": "yesterday" } }""")]
    public async Task OnTurnAsync_MalformedValue_Answers400WithoutCallingHandler(string name, string? value)
    {
        var handler = new FullHandler();

        var response = await RunAsync(handler, name, value);

        Assert.Equal(400, response.Status);
        Assert.NotNull(response.Body);
        Assert.Equal(0, handler.Calls);
    }

    [Fact]
    public async Task OnTurnAsync_TaskSubmitReturningNull_Answers200WithoutBody()
    {
        var response = await RunAsync(new ClosingHandler(), InvokeNames.TaskSubmit, TaskValue);

        Assert.Equal(200, response.Status);
        Assert.Null(response.Body);
    }

    [Fact]
    public async Task OnTurnAsync_HandlerSetsInvokeResponseItself_KeepsIt()
    {
        var turnContext = new TurnContext(TeamsPayloads.Invoke("custom/thing", "{}"), new RecordingConnectorClient());

        await new SelfAnsweringHandler().OnTurnAsync(turnContext, Ct);

        Assert.Equal(202, turnContext.InvokeResponse?.Status);
    }

    private static async Task<InvokeResponse> RunAsync(ActivityHandler handler, string? name, string? value)
    {
        var activity = TeamsPayloads.Invoke(name ?? "x", value);
        activity.Name = name;
        var turnContext = new TurnContext(activity, new RecordingConnectorClient());
        await handler.OnTurnAsync(turnContext, Ct);
        return turnContext.InvokeResponse ?? throw new Xunit.Sdk.XunitException("No invoke response was set.");
    }

    private sealed class EmptyHandler : ActivityHandler;

    private sealed class ClosingHandler : ActivityHandler
    {
        protected override Task<TaskModuleResponse?> OnTaskSubmitAsync(ITurnContext turnContext, TaskModuleRequest request, CancellationToken ct) =>
            Task.FromResult<TaskModuleResponse?>(null);
    }

    private sealed class SelfAnsweringHandler : ActivityHandler
    {
        protected override Task<InvokeResponse> OnUnrecognizedInvokeAsync(ITurnContext turnContext, CancellationToken ct)
        {
            turnContext.InvokeResponse = new InvokeResponse(202, null);
            return Task.FromResult(InvokeResponses.NotImplemented());
        }
    }

    private sealed class FullHandler : ActivityHandler
    {
        public int Calls { get; private set; }

        protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardActionAsync(ITurnContext turnContext, AdaptiveCardInvokeValue value, CancellationToken ct)
        {
            Calls++;
            var n = value.Action?.Data?.GetProperty("n").GetInt32();
            return Task.FromResult(AdaptiveCardInvokeResponse.Message($"{value.Action?.Verb} {value.Trigger} {n}"));
        }

        protected override Task<TaskModuleResponse?> OnTaskFetchAsync(ITurnContext turnContext, TaskModuleRequest request, CancellationToken ct) =>
            Task.FromResult<TaskModuleResponse?>(TaskModuleResponse.Message(Describe("fetch", request)));

        protected override Task<TaskModuleResponse?> OnTaskSubmitAsync(ITurnContext turnContext, TaskModuleRequest request, CancellationToken ct) =>
            Task.FromResult<TaskModuleResponse?>(TaskModuleResponse.Message(Describe("submit", request)));

        protected override Task<MessagingExtensionActionResponse?> OnComposeExtensionFetchTaskAsync(ITurnContext turnContext, MessagingExtensionAction action, CancellationToken ct) =>
            Task.FromResult<MessagingExtensionActionResponse?>(MessagingExtensionActionResponse.Message(Describe("fetchTask", action)));

        protected override Task<MessagingExtensionActionResponse?> OnComposeExtensionSubmitActionAsync(ITurnContext turnContext, MessagingExtensionAction action, CancellationToken ct) =>
            Task.FromResult<MessagingExtensionActionResponse?>(MessagingExtensionActionResponse.Message(Describe("submitAction", action)));

        private string Describe(string kind, TaskModuleRequest request)
        {
            Calls++;
            return $"{kind} {request.Data?.GetProperty("commentId").GetString()} {request.Context?.Theme}";
        }

        private string Describe(string kind, MessagingExtensionAction action)
        {
            Calls++;
            return $"{kind} {action.CommandId} {action.CommandContext} {action.MessagePayload?.Id} {action.MessagePayload?.From?.User?.DisplayName}";
        }
    }
}
