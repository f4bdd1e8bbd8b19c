using ModerationBot.Core.Guidance.Criticism;

namespace ModerationBot.Core.Tests.Guidance.Criticism;

public sealed class CriticismContentTests
{
    private static readonly CriticismStep[] s_questionSteps =
        [.. Enum.GetValues<CriticismStep>().Where(step => step is not CriticismStep.Summary and not CriticismStep.Cancelled)];

    [Theory]
    [InlineData("sv")]
    [InlineData("en")]
    public void For_Language_HasTextAndEveryOptionForEveryStep(string language)
    {
        var content = CriticismContent.For(language);

        foreach (var step in s_questionSteps)
        {
            var text = content.Steps[step];
            Assert.False(string.IsNullOrWhiteSpace(text.Title));
            Assert.False(string.IsNullOrWhiteSpace(text.Question));
            Assert.Equal(CriticismFlow.Options[step], text.Options.Select(option => option.Id));
            Assert.All(text.Options, option => Assert.False(string.IsNullOrWhiteSpace(option.Label)));
        }
    }

    [Fact]
    public void For_SwedishAndEnglish_HaveTheSameKeysAndNumbers()
    {
        var sv = CriticismContent.For("sv");
        var en = CriticismContent.For("en");

        Assert.Equal(sv.Advice.Keys.Order(), en.Advice.Keys.Order());
        Assert.Equal(sv.Registration.Keys.Order(), en.Registration.Keys.Order());
        Assert.Equal(sv.Drafts.Keys.Order(), en.Drafts.Keys.Order());
        Assert.Equal(sv.Steps.Values.Select(s => (s.Step, s.Number)), en.Steps.Values.Select(s => (s.Step, s.Number)));
    }

    [Theory]
    [InlineData("sv")]
    [InlineData("en")]
    public void Drafts_EveryKind_HasAtLeastThreeDifferentWordings(string language)
    {
        foreach (var (_, wordings) in CriticismContent.For(language).Drafts)
        {
            Assert.True(wordings.Distinct().Count() >= 3);
        }
    }

    [Fact]
    public void For_UnknownLanguage_FallsBackToSwedish()
    {
        Assert.Equal("sv", CriticismContent.For("de-DE").Language);
        Assert.Equal("en", CriticismContent.For("en-GB").Language);
    }

    [Fact]
    public void Steps_Numbers_FollowTheEightStepRoutine()
    {
        var numbers = CriticismContent.For("sv").Steps.Values.Select(step => step.Number).Distinct().Order();

        Assert.Equal(Enumerable.Range(1, 8), numbers);
    }
}
