using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using ModerationBot.Testing.Hosting;

namespace ModerationBot.Testing.Connector;

/// <summary>
/// A Bot Connector on loopback that records every request and answers like Teams (ids for sends, a new
/// conversation id, a member), or with scripted failures queued by <see cref="Enqueue"/>.
/// </summary>
public sealed partial class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<FakeResponse> _scripted = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly TimeProvider _timeProvider;
    private WebApplication? _app;
    private int _nextId;

    private FakeConnector(TimeProvider timeProvider) => _timeProvider = timeProvider;

    /// <summary>The serviceUrl to put in activities; like Teams' it has a path and a trailing slash.</summary>
    public string ServiceUrl => LoopbackHost.BaseAddress(_app ?? throw new InvalidOperationException("Connector not started.")) + "/teams/";

    /// <summary>
    /// Gives every new 1:1 chat with a member the same id (<see cref="PersonalChatId"/>), as Teams does, instead of a
    /// new id per create-conversation call.
    /// </summary>
    public bool StablePersonalChats { get; set; }

    /// <summary>
    /// Called with each request and the id its normal answer gave (activity or conversation id), once the answer
    /// has been written to the bot; not called for scripted answers.
    /// </summary>
    public Action<RecordedRequest, string?>? Answered { get; set; }

    /// <summary>Everything received so far, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<FakeConnector> StartAsync(TimeProvider? timeProvider = null, CancellationToken ct = default)
    {
        var connector = new FakeConnector(timeProvider ?? TimeProvider.System);
        connector._app = await LoopbackHost.StartAsync(app => app.Map("/teams/{**rest}", connector.HandleAsync), ct: ct).ConfigureAwait(false);
        return connector;
    }

    /// <summary>Answers the next requests with these responses, in order, before falling back to normal answers.</summary>
    public void Enqueue(params FakeResponse[] responses)
    {
        foreach (var response in responses)
        {
            _scripted.Enqueue(response);
        }
    }

    /// <summary>Forgets recorded requests and scripted responses.</summary>
    public void Reset()
    {
        _scripted.Clear();
        lock (_requests)
        {
            _requests.Clear();
        }
    }

    /// <summary>Waits until a request matching <paramref name="predicate"/> arrived (replies may be sent after the HTTP turn).</summary>
    public async Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> predicate, TimeSpan? timeout = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            if (Requests.FirstOrDefault(predicate) is { } found)
            {
                return found;
            }

            try
            {
                await Task.Delay(20, limit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                throw new TimeoutException("The fake connector received no matching request in time.");
            }
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.ToString();
        var recorded = new RecordedRequest(request.Method, rawTarget.StartsWith("/teams", StringComparison.Ordinal) ? rawTarget["/teams".Length..] : rawTarget,
            request.Headers.Authorization.FirstOrDefault(), body, _timeProvider.GetUtcNow());
        lock (_requests)
        {
            _requests.Add(recorded);
        }

        if (_scripted.TryDequeue(out var scripted))
        {
            await WriteScriptedAsync(context.Response, scripted).ConfigureAwait(false);
            return;
        }

        var id = await WriteDefaultAsync(context, recorded).ConfigureAwait(false);
        if (Answered is { } answered)
        {
            // The bot may already be reading the answer: what happens next is up to the test (for example killing the bot).
            await context.Response.CompleteAsync().ConfigureAwait(false);
            answered(recorded, id);
        }
    }

    private static async Task WriteScriptedAsync(HttpResponse response, FakeResponse scripted)
    {
        response.StatusCode = scripted.StatusCode;
        if (scripted.RetryAfter is { } retryAfter)
        {
            response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        if (scripted.CorrelationId is { } correlationId)
        {
            response.Headers["X-Correlating-OperationId"] = correlationId;
        }

        if (scripted.Body is { } body)
        {
            response.ContentType = "application/json";
            await response.WriteAsync(body).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
}
