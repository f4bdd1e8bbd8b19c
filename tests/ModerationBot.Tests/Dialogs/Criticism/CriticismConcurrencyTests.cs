using ModerationBot.Core.Guidance.Criticism;
using ModerationBot.Dialogs.Criticism;
using ModerationBot.Tests.TestSupport;
using static ModerationBot.Tests.Dialogs.Criticism.CriticismCards;

namespace ModerationBot.Tests.Dialogs.Criticism;

/// <summary>Double clicks and old cards never skip a step.</summary>
public sealed class CriticismConcurrencyTests(ModerationBotFactory factory) : IClassFixture<ModerationBotFactory>
{
    [Fact]
    public async Task Press_SameButtonTwice_SecondIsStaleAndDoesNotSkip()
    {
        var owner = CriticismDriver.Create(factory, "sv-SE");
        var card = await owner.StartAsync("kritik");

        var first = await owner.PressAsync(card, CriticismVerbs.Answer, "yes");
        var second = await owner.PressAsync(card, CriticismVerbs.Answer, "yes");

        Assert.True(IsAt(first, CriticismStep.Relevant, "sv"));
        Assert.True(IsAt(second, CriticismStep.Relevant, "sv"));
        Assert.True(Shows(second, "redan gått vidare"));
        Assert.True(IsAt(await owner.RefreshAsync(card), CriticismStep.Relevant, "sv"));
    }

    [Fact]
    public async Task Press_DoubleClickAtOnce_MovesExactlyOneStep()
    {
        var owner = CriticismDriver.Create(factory, "en-US");
        var card = await owner.StartAsync("criticism");

        await Task.WhenAll(
            owner.PressAsync(card, CriticismVerbs.Answer, "yes"),
            owner.PressAsync(card, CriticismVerbs.Answer, "yes"),
            owner.PressAsync(card, CriticismVerbs.Answer, "yes"));

        Assert.True(IsAt(await owner.RefreshAsync(card), CriticismStep.Relevant, "en"));
    }

    [Fact]
    public async Task Back_FromAnOldCard_IsStale()
    {
        var owner = CriticismDriver.Create(factory, "sv-SE");
        var card = await owner.StartAsync("kritik");
        var second = await owner.PressAsync(card, CriticismVerbs.Answer, "yes");
        await owner.PressAsync(second, CriticismVerbs.Answer, "yes");

        var stale = await owner.PressAsync(second, CriticismVerbs.Back);

        Assert.True(IsAt(stale, CriticismStep.ActFast, "sv"));
    }
}
