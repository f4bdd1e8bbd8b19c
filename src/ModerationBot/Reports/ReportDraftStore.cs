using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using ModerationBot.Storage;

namespace ModerationBot.Reports;

/// <summary>
/// The employee's report drafts: one state entry per employee holding each draft encrypted with a key bound to
/// that employee, so a draft is readable by nobody else, not even if copied into someone else's entry. Expired
/// drafts are dropped when read and the entry itself expires with its newest draft.
/// </summary>
public sealed class ReportDraftStore
{
    public const string Scope = "reportDrafts";
    public const string Purpose = "ModerationBot.Reports.Drafts.v1";
    private const int MaxAttempts = 3;
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private readonly IStateStore _state;
    private readonly IDataProtectionProvider _protection;
    private readonly TimeProvider _clock;
    private readonly IOptions<ReportOptions> _options;

    public ReportDraftStore(IStateStore state, IDataProtectionProvider protection, TimeProvider clock, IOptions<ReportOptions> options)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(protection);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(options);
        _state = state;
        _protection = protection;
        _clock = clock;
        _options = options;
    }

    /// <summary>The owner's drafts that have not expired, newest first; drafts that no longer decrypt are left out.</summary>
    public async Task<IReadOnlyList<ReportDraft>> ListAsync(string ownerId, CancellationToken ct)
    {
        var entry = await _state.ReadAsync<StoredDrafts>(Scope, ownerId, ct).ConfigureAwait(false);
        var now = _clock.GetUtcNow();
        var protector = Protector(ownerId);
        return [.. (entry?.Value.Items ?? [])
            .Where(d => d.ExpiresAt > now)
            .Select(d => Open(protector, d))
            .OfType<ReportDraft>()
            .OrderByDescending(d => d.SavedAt)];
    }

    /// <summary>The owner's draft <paramref name="draftId"/>, or null when it does not exist (any more).</summary>
    public async Task<ReportDraft?> FindAsync(string ownerId, string draftId, CancellationToken ct) =>
        (await ListAsync(ownerId, ct).ConfigureAwait(false)).FirstOrDefault(d => d.Id == draftId);

    /// <summary>Saves <paramref name="values"/> as a new draft, or over the draft they came from; returns it.</summary>
    public async Task<ReportDraft> SaveAsync(string ownerId, ReportFormValues values, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(values);
        var now = _clock.GetUtcNow();
        var id = values.DraftId ?? Guid.NewGuid().ToString("N");
        var draft = new ReportDraft(id, now, now.AddDays(_options.Value.DraftRetentionDays), values with { DraftId = id });
        var stored = new StoredDraft(id, draft.SavedAt, draft.ExpiresAt, Protector(ownerId).Protect(JsonSerializer.Serialize(draft.Values, s_json)));
        await UpdateAsync(ownerId, items => [.. items.Where(d => d.Id != id), stored], ct).ConfigureAwait(false);
        return draft;
    }

    /// <summary>Deletes the owner's draft; false when there was none.</summary>
    public async Task<bool> DeleteAsync(string ownerId, string draftId, CancellationToken ct)
    {
        var removed = false;
        await UpdateAsync(ownerId, items =>
        {
            removed = items.Any(d => d.Id == draftId);
            return [.. items.Where(d => d.Id != draftId)];
        }, ct).ConfigureAwait(false);
        return removed;
    }

    private async Task UpdateAsync(string ownerId, Func<IReadOnlyList<StoredDraft>, List<StoredDraft>> change, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerId);
        for (var attempt = 1; ; attempt++)
        {
            var entry = await _state.ReadAsync<StoredDrafts>(Scope, ownerId, ct).ConfigureAwait(false);
            var now = _clock.GetUtcNow();
            var items = change([.. (entry?.Value.Items ?? []).Where(d => d.ExpiresAt > now)]);
            var etag = entry?.ETag ?? IStateStore.MustNotExist;
            bool written;
            if (items.Count == 0)
            {
                written = entry is null || await _state.DeleteAsync(Scope, ownerId, etag, ct).ConfigureAwait(false);
            }
            else
            {
                var result = await _state.WriteAsync(Scope, ownerId, new StoredDrafts(items), etag, items.Max(d => d.ExpiresAt), ct).ConfigureAwait(false);
                written = result.Succeeded;
            }

            if (written)
            {
                return;
            }

            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException("The employee's drafts kept changing during the write; nothing was changed.");
            }
        }
    }

    private IDataProtector Protector(string ownerId) => _protection.CreateProtector(Purpose, ownerId.ToLowerInvariant());

    private static ReportDraft? Open(IDataProtector protector, StoredDraft stored)
    {
        try
        {
            var values = JsonSerializer.Deserialize<ReportFormValues>(protector.Unprotect(stored.Protected), s_json);
            return values is null ? null : new ReportDraft(stored.Id, stored.SavedAt, stored.ExpiresAt, values with { DraftId = stored.Id });
        }
        catch (CryptographicException)
        {
            // A lost key ring or an entry that is not this employee's: the draft is unreadable, never shown.
            return null;
        }
    }

    private sealed record StoredDrafts(List<StoredDraft> Items);

    private sealed record StoredDraft(string Id, DateTimeOffset SavedAt, DateTimeOffset ExpiresAt, string Protected);
}
