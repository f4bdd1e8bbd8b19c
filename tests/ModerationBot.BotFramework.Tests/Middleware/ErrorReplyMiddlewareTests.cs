using Microsoft.Extensions.Logging.Testing;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Middleware;
using ModerationBot.BotFramework.Routing;
using ModerationBot.BotFramework.Tests.TestSupport;

namespace ModerationBot.BotFramework.Tests.Middleware;

public sealed class ErrorReplyMiddlewareTests
{
    private const string CommentText = "Anna Andersson 19121212-1212 är en idiot";

    private readonly FakeLogger<ErrorReplyMiddleware> _logger = new();
    private readonly TestAdapter _adapter;

    public ErrorReplyMiddlewareTests()
    {
        _adapter = new TestAdapter(new FailingBot(), new LocaleMiddleware(), new ErrorReplyMiddleware(new DefaultTurnErrorMessages(), _logger));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("sv-SE", DefaultTurnErrorMessages.Swedish)]
    [InlineData("en-US", DefaultTurnErrorMessages.English)]
    public async Task OnTurnAsync_MessageTurnFails_SendsKindMessageInUsersLanguage(string locale, string expected)
    {
        var result = await _adapter.SendTextAsync(CommentText, Ct, locale);

        var reply = Assert.Single(result.Replies);
        Assert.Equal(expected, reply.Text);
    }

    [Fact]
    public async Task OnTurnAsync_MessageTurnFails_LogsTypesButNeverTheText()
    {
        await _adapter.SendTextAsync(CommentText, Ct);

        var records = _logger.Collector.GetSnapshot();
        var record = Assert.Single(records);
        Assert.Contains(nameof(InvalidOperationException), record.Message, StringComparison.Ordinal);
        Assert.Contains(ActivityTypes.Message, record.Message, StringComparison.Ordinal);
        Assert.Null(record.Exception);
        foreach (var r in records)
        {
            Assert.DoesNotContain("19121212", r.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("Anna", r.Message, StringComparison.Ordinal);
            Assert.All(r.StructuredState ?? [], kv => Assert.DoesNotContain("19121212", kv.Value ?? string.Empty, StringComparison.Ordinal));
            Assert.DoesNotContain("a:personal-1", r.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OnTurnAsync_DatabaseRefuses_LogsItsSqlStateButNotItsMessage()
    {
        var adapter = new TestAdapter(new DatabaseFailingBot(), new ErrorReplyMiddleware(new DefaultTurnErrorMessages(), _logger));

        await adapter.SendTextAsync(CommentText, Ct);

        // An operator can tell "too many clients" (53300) from a deadlock or a broken schema; the text stays out.
        var record = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Contains("(SQLSTATE 53300)", record.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Anna", record.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTurnAsync_InvokeTurnFails_Answers500WithoutSendingMessage()
    {
        var result = await _adapter.SendAsync(TeamsPayloads.Invoke(InvokeNames.TaskFetch, "{}"), Ct);

        Assert.Equal(500, result.InvokeResponse?.Status);
        Assert.Empty(result.Replies);
    }

    [Fact]
    public async Task OnTurnAsync_OtherTurnFails_SwallowsWithoutReply()
    {
        var result = await _adapter.SendAsync(TeamsPayloads.Personal(ActivityTypes.ConversationUpdate), Ct);

        Assert.Empty(result.Replies);
        Assert.Null(result.InvokeResponse);
        Assert.Single(_logger.Collector.GetSnapshot());
    }

    [Fact]
    public async Task OnTurnAsync_ErrorReplyAlsoFails_LogsBothAndDoesNotThrow()
    {
        _adapter.Connector.FailWith = new HttpRequestException("connector down " + CommentText);

        await _adapter.SendTextAsync(CommentText, Ct);

        var records = _logger.Collector.GetSnapshot();
        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.DoesNotContain("Anna", r.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OnTurnAsync_TurnCancelled_PropagatesCancellation()
    {
        using var cts = new CancellationTokenSource();
        var adapter = new TestAdapter(new CancellingBot(cts), new ErrorReplyMiddleware(new DefaultTurnErrorMessages(), _logger));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => adapter.SendTextAsync("hej", cts.Token));
        Assert.Empty(adapter.Connector.Calls);
    }

    private sealed class FailingBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken ct) =>
            throw new InvalidOperationException("could not handle: " + turnContext.Activity.Text + " in " + turnContext.Activity.Conversation?.Id);
    }

    private sealed class DatabaseFailingBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken ct) => throw new FullDatabaseException(turnContext.Activity.Text);
    }

    // What a database client throws when the server has no connection left; its message may carry the statement's values.
    private sealed class FullDatabaseException(string? detail) : System.Data.Common.DbException("sorry, too many clients already: " + detail)
    {
        public override string SqlState => "53300";
    }

    private sealed class CancellingBot(CancellationTokenSource cts) : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken ct)
        {
            cts.Cancel();
            ct.ThrowIfCancellationRequested();
            return Task.CompletedTask;
        }
    }
}
