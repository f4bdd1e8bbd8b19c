using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Sensitive;

/// <summary>Parties, unions and faith communities are sensitive only as someone's membership or vote.</summary>
public sealed class MembershipTests
{
    [Theory]
    [InlineData("Min svärfar är med i Vårdförbundet och har strejkat förut.", SensitiveCategory.TradeUnion)]
    [InlineData("Vaktmästaren Olle röstar alltid på Kristdemokraterna.", SensitiveCategory.PoliticalOpinion)]
    [InlineData("Her brother is a member of the Green Party.", SensitiveCategory.PoliticalOpinion)]
    public void Analyze_MembershipOfAnother_IsRemoved(string text, SensitiveCategory category)
    {
        var result = AnalyzerFixture.Analyzer.Analyze(text);

        var finding = Assert.Single(result.SensitiveData);
        Assert.Equal((category, DataSubject.Other), (finding.Category, finding.Subject));
        Assert.Equal(ModerationAction.Remove, result.Action);
    }

    [Theory]
    [InlineData("Jag röstade på Miljöpartiet men ångrar det nu.", SensitiveCategory.PoliticalOpinion)]
    [InlineData("Jag är liberal men tycker att skatten är för hög.", SensitiveCategory.PoliticalOpinion)]
    [InlineData("Som medlem i Unionen sedan länge kan jag säga att arbetsmiljön är dålig.", SensitiveCategory.TradeUnion)]
    [InlineData("Vi är katoliker och undrar om kyrkogården har plats.", SensitiveCategory.ReligiousBelief)]
    public void Analyze_OwnMembership_IsAboutAuthor(string text, SensitiveCategory category)
    {
        var finding = Assert.Single(AnalyzerFixture.Analyzer.Analyze(text).SensitiveData);

        Assert.Equal((category, DataSubject.Author), (finding.Category, finding.Subject));
    }

    [Theory]
    [InlineData("Miljöpartiet vill bygga fler cykelbanor, bra.")]
    [InlineData("Kommunalrådet Eva Lind röstade emot, fast Centerpartiet var för.")]
    [InlineData("Jag är med i elevrådet och vi vill ha bättre mat.")]
    [InlineData("Det blev en moderat höjning av taxan i år.")]
    [InlineData("Every councillor who voted for this should be ashamed.")]
    [InlineData("Fråga facket om schemat istället.")]
    public void Analyze_PartyOrUnionNamedWithoutMembership_HasNoSensitiveFinding(string text)
    {
        Assert.Empty(AnalyzerFixture.Analyzer.Analyze(text).SensitiveData);
    }
}
