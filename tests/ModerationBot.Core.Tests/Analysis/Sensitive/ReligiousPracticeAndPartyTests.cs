using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Sensitive;

/// <summary>
/// Religion told by practice (who goes to the mosque or church), political sympathies as a compound
/// ("SD-sympatisör") and a party's voter in the singular ("a Green Party voter") are art. 9 data.
/// </summary>
public sealed class ReligiousPracticeAndPartyTests
{
    [Theory]
    [InlineData("Min granne Fatima går till moskén varje fredag och är jättetrevlig.", SensitiveCategory.ReligiousBelief)]
    [InlineData("Our neighbour Tom goes to church every Sunday and still parks on the pavement.", SensitiveCategory.ReligiousBelief)]
    [InlineData("Hans bror är SD-sympatisör och det vet alla.", SensitiveCategory.PoliticalOpinion)]
    [InlineData("The new caretaker is a Hamas sympathiser, ask anyone.", SensitiveCategory.PoliticalOpinion)]
    public void Analyze_AnothersPracticeOrSympathy_IsRemoved(string text, SensitiveCategory category)
    {
        var result = AnalyzerFixture.Analyzer.Analyze(text);

        Assert.Contains(result.SensitiveData, f => (f.Category, f.Subject) == (category, DataSubject.Other));
        Assert.Equal(ModerationAction.Remove, result.Action);
    }

    [Theory]
    [InlineData("As a Green Party voter I want to know why the bike lanes were cut.")]
    [InlineData("As a Christian Democrat I vote against every cut to the libraries.")]
    public void Analyze_WritersOwnParty_IsAboutAuthor(string text)
    {
        var result = AnalyzerFixture.Analyzer.Analyze(text);

        Assert.Contains(result.SensitiveData, f => (f.Category, f.Subject) == (SensitiveCategory.PoliticalOpinion, DataSubject.Author));
        Assert.Equal(ModerationAction.Reply, result.Action);
    }

    // A road to the church is no one's religion.
    [Theory]
    [InlineData("Vägen som går till kyrkan är full av hål, när lagas den?")]
    public void Analyze_PlaceOnTheWayToAChurch_IsNoSensitiveData(string text)
    {
        Assert.Empty(AnalyzerFixture.Analyzer.Analyze(text).SensitiveData);
    }
}
