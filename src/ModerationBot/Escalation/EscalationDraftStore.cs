using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using ModerationBot.Storage;

namespace ModerationBot.Escalation;

/// <summary>
/// Escalation drafts in <see cref="IStateStore"/> (scope <c>dialog</c>, key <c>escalation:{id}</c>), encrypted with
/// Data Protection and expiring after <see cref="EscalationDraftOptions.Lifetime"/>.
/// </summary>
internal sealed class EscalationDraftStore(IStateStore store, IDataProtectionProvider protection, TimeProvider timeProvider, IOptions<EscalationDraftOptions> options)
{
    public const string Purpose = "ModerationBot.Escalation.Draft.v1";

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);
    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    /// <summary>Keeps <paramref name="draft"/> and returns its new id.</summary>
    public async Task<Guid> OpenAsync(EscalationDraft draft, CancellationToken ct)
    {
        var id = Guid.NewGuid();
        await store.WriteAsync(StateScopes.Dialog, Key(id), Protect(draft), IStateStore.MustNotExist, ExpiresAt(), ct).ConfigureAwait(false);
        return id;
    }

    /// <summary>The draft and its etag; null when expired, deleted or no longer readable (keys replaced).</summary>
    public async Task<(EscalationDraft Draft, string ETag)?> ReadAsync(Guid id, CancellationToken ct)
    {
        var entry = await store.ReadAsync<string>(StateScopes.Dialog, Key(id), ct).ConfigureAwait(false);
        if (entry is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<EscalationDraft>(_protector.Unprotect(entry.Value), s_json) is { } draft ? (draft, entry.ETag) : null;
        }
        catch (CryptographicException)
        {
            // A draft lives minutes; one the key ring cannot read is treated as expired rather than failing the turn.
            return null;
        }
    }

    /// <summary>Stores a changed draft (the route shown) and restarts its lifetime; false when someone changed it first.</summary>
    public async Task<bool> SaveAsync(Guid id, EscalationDraft draft, string expectedETag, CancellationToken ct) =>
        (await store.WriteAsync(StateScopes.Dialog, Key(id), Protect(draft), expectedETag, ExpiresAt(), ct).ConfigureAwait(false)).Succeeded;

    public Task DeleteAsync(Guid id, CancellationToken ct) => store.DeleteAsync(StateScopes.Dialog, Key(id), expectedETag: null, ct);

    private string Protect(EscalationDraft draft) => _protector.Protect(JsonSerializer.Serialize(draft, s_json));

    private DateTimeOffset ExpiresAt() => timeProvider.GetUtcNow() + options.Value.Lifetime;

    private static string Key(Guid id) => "escalation:" + id.ToString("N");
}
