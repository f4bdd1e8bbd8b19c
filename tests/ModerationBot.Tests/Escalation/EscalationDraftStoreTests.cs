using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ModerationBot.Core.Cases;
using ModerationBot.Escalation;
using ModerationBot.Storage;

namespace ModerationBot.Tests.Escalation;

/// <summary>The original text waits for the confirmation encrypted, and only for the configured lifetime.</summary>
public sealed class EscalationDraftStoreTests(EscalationBotFactory factory) : IClassFixture<EscalationBotFactory>
{
    private const string Original = "Jag ska döda dig, Kalle Karlsson 19850312-2398";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OpenAsync_StoresOnlyCiphertextAndReadsBackTheDraft()
    {
        var drafts = Drafts(TimeProvider.System);

        var id = await drafts.OpenAsync(Draft(), Ct);

        var raw = await State.ReadAsync<string>(StateScopes.Dialog, "escalation:" + id.ToString("N"), Ct);
        Assert.NotNull(raw);
        Assert.DoesNotContain("Karlsson", raw.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("19850312", raw.Value, StringComparison.Ordinal);
        var read = await drafts.ReadAsync(id, Ct);
        Assert.Equal((Original, CaseSeverity.High), (read!.Value.Draft.Original, read.Value.Draft.Severity));
    }

    [Fact]
    public async Task ReadAsync_AfterTheLifetime_IsGone()
    {
        // Written as if half an hour ago by a clock the store does not share: the entry expires as it is written.
        var past = new FakeTimeProvider(DateTimeOffset.UtcNow - TimeSpan.FromMinutes(31));
        var id = await Drafts(past).OpenAsync(Draft(), Ct);

        Assert.Null(await Drafts(TimeProvider.System).ReadAsync(id, Ct));
    }

    private IStateStore State => factory.Services.GetRequiredService<IStateStore>();

    private EscalationDraftStore Drafts(TimeProvider clock) => new(
        State, factory.Services.GetRequiredService<IDataProtectionProvider>(), clock, Options.Create(new EscalationDraftOptions()));

    private static EscalationDraft Draft() => new("29:reporter", null, Original, "Jag ska döda dig, [namn] [personnummer]", CaseSeverity.High, ["threat"], "person");
}
