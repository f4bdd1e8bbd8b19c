using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Sensitive;

public sealed class SubjectAttributionTests
{
    [Theory]
    [InlineData("Jag har diabetes och behöver parkera nära.", SensitiveCategory.Health)]
    [InlineData("Jag är muslim och undrar om maten.", SensitiveCategory.ReligiousBelief)]
    [InlineData("I was convicted of theft years ago, can I work in care?", SensitiveCategory.CriminalOffence)]
    [InlineData("Som homosexuell känner jag mig inte välkommen.", SensitiveCategory.SexLifeOrientation)]
    [InlineData("i have epilepsy and the strobe lights at the ice rink are a problem for me", SensitiveCategory.Health)]
    public void Analyze_FirstPersonSensitiveData_IsAboutAuthorAndGetsReply(string text, SensitiveCategory category)
    {
        var result = AnalyzerFixture.Analyzer.Analyze(text);

        var finding = Assert.Single(result.SensitiveData);
        Assert.Equal((category, DataSubject.Author), (finding.Category, finding.Subject));
        Assert.Equal(ModerationAction.Reply, result.Action);
        Assert.DoesNotContain(result.Rules, r => r.Rule == RuleId.SensitivePersonalData);
    }

    [Theory]
    [InlineData("Min granne Per är alkoholist.", SensitiveCategory.Health)]
    [InlineData("Hennes son sitter i fängelse.", SensitiveCategory.CriminalOffence)]
    [InlineData("Rektorn är homosexuell.", SensitiveCategory.SexLifeOrientation)]
    [InlineData("@Karin har cancer och kommer inte tillbaka.", SensitiveCategory.Health)]
    [InlineData("My neighbour Tom is an alcoholic.", SensitiveCategory.Health)]
    [InlineData("Min granne som inte röker har lungcancer.", SensitiveCategory.Health)]
    [InlineData("Min chef, som aldrig klagar, har cancer.", SensitiveCategory.Health)]
    [InlineData("My neighbour, who never drinks, has cancer.", SensitiveCategory.Health)]
    [InlineData("Anna Berg i förvaltningen is an alcoholic, everyone at the office knows.", SensitiveCategory.Health)]
    [InlineData("My neighbour at no. 12 has dementia and wanders outside at night.", SensitiveCategory.Health)]
    public void Analyze_SensitiveDataAboutAnother_IsRemovedWithRule(string text, SensitiveCategory category)
    {
        var result = AnalyzerFixture.Analyzer.Analyze(text);

        var finding = Assert.Single(result.SensitiveData);
        Assert.Equal((category, DataSubject.Other), (finding.Category, finding.Subject));
        Assert.Equal(ModerationAction.Remove, result.Action);
        Assert.Contains(result.Rules, r => r.Rule == RuleId.SensitivePersonalData);
    }

    [Theory]
    [InlineData("Varför finns det så få platser för personer med demens?")]
    [InlineData("What support is there for pupils with autism?")]
    [InlineData("Jag har inte cancer, men jag undrar över screeningen.")]
    public void Analyze_GeneralOrNegatedMention_HasNoSensitiveFinding(string text)
    {
        Assert.Empty(AnalyzerFixture.Analyzer.Analyze(text).SensitiveData);
    }
}
