using ModerationBot.Core.Guidance.Criticism;
using ModerationBot.Dialogs.Criticism;
using ModerationBot.Tests.TestSupport;
using static ModerationBot.Tests.Dialogs.Criticism.CriticismCards;

namespace ModerationBot.Tests.Dialogs.Criticism;

/// <summary>Only the person who started a dialog can drive it; everyone sees the current step.</summary>
public sealed class CriticismOwnershipTests(ModerationBotFactory factory) : IClassFixture<ModerationBotFactory>
{
    [Fact]
    public async Task Press_BySomeoneElse_RefusesReadOnlyAndLeavesStateUnchanged()
    {
        var owner = CriticismDriver.Create(factory, "sv-SE");
        var card = await owner.StartAsync("kritik Varför?");
        card = await owner.PressAsync(card, CriticismVerbs.Answer, "yes");
        var before = factory.Connector.Requests.Count;

        var refused = await owner.AsSomeoneElse().PressAsync(card, CriticismVerbs.Answer, "no");

        Assert.True(Shows(refused, "tillhör en annan moderator"));
        Assert.True(IsAt(refused, CriticismStep.Relevant, "sv"));
        Assert.Empty(Verbs(refused));
        Assert.Equal(before, factory.Connector.Requests.Count);
        var ownerView = await owner.RefreshAsync(card);
        Assert.True(IsAt(ownerView, CriticismStep.Relevant, "sv"));
        Assert.NotEmpty(Verbs(ownerView));
    }

    [Fact]
    public async Task Cancel_BySomeoneElse_DoesNotCancel()
    {
        var owner = CriticismDriver.Create(factory, "en-US");
        var card = await owner.StartAsync("criticism");

        var refused = await owner.AsSomeoneElse().PressAsync(card, CriticismVerbs.Cancel);

        Assert.True(Shows(refused, "belongs to another moderator"));
        var next = await owner.PressAsync(card, CriticismVerbs.Answer, "yes");
        Assert.True(IsAt(next, CriticismStep.Relevant, "en"));
    }

    [Fact]
    public async Task Refresh_ByOwner_ReturnsCurrentStepWithButtons()
    {
        var owner = CriticismDriver.Create(factory, "sv-SE");
        var first = await owner.StartAsync("kritik");
        await owner.PressAsync(first, CriticismVerbs.Answer, "yes");

        // The first card in the chat is old; refreshing it must show where the dialog is now.
        var refreshed = await owner.RefreshAsync(first);

        Assert.True(IsAt(refreshed, CriticismStep.Relevant, "sv"));
        Assert.Contains(CriticismVerbs.Answer, Verbs(refreshed));
    }

    [Fact]
    public async Task Refresh_BySomeoneElse_ReturnsReadOnlyWithoutRefusal()
    {
        var owner = CriticismDriver.Create(factory, "sv-SE");
        var card = await owner.StartAsync("kritik");

        var refreshed = await owner.AsSomeoneElse("en-US").RefreshAsync(card);

        Assert.True(IsAt(refreshed, CriticismStep.Factual, "en"));
        Assert.Empty(Verbs(refreshed));
        Assert.False(Shows(refreshed, "belongs to another moderator"));
    }

    [Fact]
    public async Task Card_Refresh_IsLimitedToTheOwner()
    {
        var owner = CriticismDriver.Create(factory, "sv-SE");

        var card = await owner.StartAsync("kritik");

        var userIds = card.GetProperty("refresh").GetProperty("userIds").EnumerateArray().Select(id => id.GetString()).ToList();
        var only = Assert.Single(userIds);
        Assert.StartsWith("29:", only, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Press_UnknownSession_ShowsExpiredCard()
    {
        var owner = CriticismDriver.Create(factory, "sv-SE");
        var data = System.Text.Json.JsonSerializer.SerializeToElement(new { sessionId = "0000", version = 1, option = "yes" });

        var card = await owner.InvokeAsync(CriticismVerbs.Answer, data, "manual");

        Assert.True(Shows(card, "finns inte längre"));
    }
}
