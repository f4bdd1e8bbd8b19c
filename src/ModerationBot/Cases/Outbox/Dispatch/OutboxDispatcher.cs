using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModerationBot.BotFramework.Connector;

namespace ModerationBot.Cases.Outbox.Dispatch;

/// <summary>
/// Sends what case changes wrote to the outbox, at least once, in order per conversation, within Teams' rate limits.
/// A message Teams refuses to deliver to a person goes to the fallback channel instead (and the reporter is told);
/// throttling and server errors are retried when the connector says (Retry-After) or with backoff; nothing is dropped.
/// </summary>
public sealed partial class OutboxDispatcher
{
    private readonly IOutboxStore _outbox;
    private readonly OutboxDelivery _delivery;
    private readonly FallbackNotice _fallbackNotice;
    private readonly SendRateLimiter _limiter;
    private readonly OutboxDispatchOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<OutboxDispatcher> _logger;

    public OutboxDispatcher(IOutboxStore outbox, OutboxDelivery delivery, FallbackNotice fallbackNotice, TimeProvider clock,
        IOptions<OutboxDispatchOptions> options, ILogger<OutboxDispatcher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _outbox = outbox;
        _delivery = delivery;
        _fallbackNotice = fallbackNotice;
        _clock = clock;
        _options = options.Value;
        _limiter = new SendRateLimiter(clock, _options.TenantPerSecond);
        _logger = logger;
    }

    /// <summary>
    /// Sends every message that is due now, <see cref="OutboxDispatchOptions.MaxConcurrency"/> conversations at a
    /// time, and returns how many were sent. The background service calls it in a loop; tests call it directly.
    /// </summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        var workers = Enumerable.Range(0, _options.MaxConcurrency).Select(_ => DrainAsync(ct));
        var sent = await Task.WhenAll(workers).ConfigureAwait(false);
        return sent.Sum();
    }

    private async Task<int> DrainAsync(CancellationToken ct)
    {
        var sent = 0;
        while (!ct.IsCancellationRequested && await _outbox.ClaimNextDueAsync(_options.Lease, ct).ConfigureAwait(false) is { } message)
        {
            if (await DispatchAsync(message, ct).ConfigureAwait(false))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> DispatchAsync(OutboxMessage message, CancellationToken ct)
    {
        OutboxTarget target;
        try
        {
            target = OutboxJson.ReadTarget(message.Target);
        }
        catch (JsonException)
        {
            await FailAsync(message, _options.RefusedRetry, "unreadable_target", ct).ConfigureAwait(false);
            return false;
        }

        try
        {
            var destination = await _delivery.ResolveAsync(target, ct).ConfigureAwait(false);
            if (await TakeSlotsAsync(message, message.ConversationKey, target.TenantId, destination.Requests, ct).ConfigureAwait(false) is not { } permit)
            {
                return false;
            }

            var activityId = await CompletingAsync(permit, _delivery.SendAsync(message, destination, ct)).ConfigureAwait(false);
            await _outbox.MarkSentAsync(message.Sequence, activityId, ct).ConfigureAwait(false);
            return true;
        }
        catch (ConnectorException ex) when (IsRefusal(ex) && target is { Kind: OutboxTargetKind.User, FallbackConversationId: { Length: > 0 } fallback })
        {
            _delivery.ForgetCreatedChat(target);
            Log.OutboxRedirected(_logger, (int)ex.StatusCode!.Value, ex.ErrorCode ?? "none");
            return await RedirectAsync(message, target, fallback, ct).ConfigureAwait(false);
        }
        catch (OutboxTargetUnreachableException) when (target is { Kind: OutboxTargetKind.User, FallbackConversationId: { Length: > 0 } fallback })
        {
            Log.OutboxRedirected(_logger, 0, "no_tenant");
            return await RedirectAsync(message, target, fallback, ct).ConfigureAwait(false);
        }
        catch (ConnectorException ex)
        {
            if (IsRefusal(ex))
            {
                _delivery.ForgetCreatedChat(target);
            }

            var transient = ex.StatusCode is null or HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.Unauthorized
                || (int)ex.StatusCode >= 500;
            await FailAsync(message, transient ? ex.RetryAfter : _options.RefusedRetry, ex.StatusCode is { } status ? ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture) : "timeout", ct).ConfigureAwait(false);
            return false;
        }
        catch (Exception ex) when (ex is OutboxTargetUnreachableException or JsonException or HttpRequestException)
        {
            await FailAsync(message, ex is HttpRequestException ? null : _options.RefusedRetry, ex.GetType().Name, ct).ConfigureAwait(false);
            return false;
        }
    }

    private async Task<bool> RedirectAsync(OutboxMessage message, OutboxTarget target, string fallbackConversationId, CancellationToken ct)
    {
        if (await TakeSlotsAsync(message, fallbackConversationId, target.TenantId, 1, ct).ConfigureAwait(false) is not { } permit)
        {
            return false;
        }

        try
        {
            var activityId = await CompletingAsync(permit, _delivery.SendToAsync(message, target.ServiceUrl, fallbackConversationId, ct)).ConfigureAwait(false);
            if (!OutboxJson.ReadPayload(message.Payload).UpdateExisting)
            {
                // Written before the message is marked sent: a crash in between sends the card twice, never loses the notice.
                await _fallbackNotice.EnqueueAsync(message, target, ct).ConfigureAwait(false);
            }

            await _outbox.MarkSentAsync(message.Sequence, activityId, ct).ConfigureAwait(false);
            return true;
        }
        catch (ConnectorException ex)
        {
            await FailAsync(message, ex.RetryAfter, "fallback_" + (ex.StatusCode is { } s ? ((int)s).ToString(System.Globalization.CultureInfo.InvariantCulture) : "timeout"), ct).ConfigureAwait(false);
            return false;
        }
    }

    // A message over the limit goes back to the store until its slot, keeping its place at the head of its
    // conversation, so the workers go on with other conversations meanwhile.
    private async Task<SendPermit?> TakeSlotsAsync(OutboxMessage message, string conversationKey, string? tenantId, int requests, CancellationToken ct)
    {
        var wait = _limiter.TryAcquire(conversationKey, tenantId, requests, out var permit);
        if (permit is not null)
        {
            return permit;
        }

        await _outbox.MarkFailedAsync(message.Sequence, wait, "rate_limited", ct).ConfigureAwait(false);
        return null;
    }

    // The slots count until the call has returned, whether it succeeded or not (Teams may have seen it either way).
    private static async Task<string> CompletingAsync(SendPermit permit, Task<string> call)
    {
        try
        {
            return await call.ConfigureAwait(false);
        }
        finally
        {
            permit.Complete();
        }
    }

    private async Task FailAsync(OutboxMessage message, TimeSpan? retryAfter, string errorCode, CancellationToken ct)
    {
        var next = await _outbox.MarkFailedAsync(message.Sequence, retryAfter, errorCode, ct).ConfigureAwait(false);
        Log.OutboxSendFailed(_logger, errorCode, message.Attempts, next);
    }

    // Teams will not deliver to this person as things stand: the app is not installed for them, they blocked the bot,
    // or the chat does not exist. Waiting does not help; the fallback channel does.
    private static bool IsRefusal(ConnectorException ex) =>
        ex.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || (ex.StatusCode == HttpStatusCode.BadRequest && ex.ErrorCode is "BotNotInConversationRoster" or "ConversationBlockedByUser" or "BadArgument");
}
