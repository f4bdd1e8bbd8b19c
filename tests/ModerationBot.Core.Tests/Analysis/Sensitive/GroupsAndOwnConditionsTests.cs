using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Sensitive;

/// <summary>
/// A group named in general is nobody's personal data, while the writer's own group and a word said of one person are;
/// where someone comes from is a place, not the person the data is about; and conditions the vocabulary lacked
/// (tinnitus, rheumatism, a heart condition, a prosthesis, a slur for a lesbian woman).
/// </summary>
public sealed class GroupsAndOwnConditionsTests
{
    [Theory]
    [InlineData("All these Muslims in the new flats should move somewhere else.")]
    [InlineData("Kommunen har fyllt hela Norrby med somalier, det märks.")]
    [InlineData("Sámi herders blocking the road again this morning.")]
    [InlineData("Muslimerna på boendet borde inte få egna lokaler.")]
    public void Analyze_GroupNamedInGeneral_HasNoSensitiveFinding(string text) =>
        Assert.Empty(AnalyzerFixture.Analyzer.Analyze(text).SensitiveData);

    [Theory]
    [InlineData("Vi är muslimer och vill veta om badet har egna tider för kvinnor.", SensitiveCategory.ReligiousBelief, DataSubject.Author)]
    [InlineData("I'm Sámi myself and the reindeer are my family's living.", SensitiveCategory.EthnicOrigin, DataSubject.Author)]
    [InlineData("Hon som har kiosken vid stranden är romsk, därför får hon platsen.", SensitiveCategory.EthnicOrigin, DataSubject.Other)]
    [InlineData("Jag kom hit som flykting från Syrien 2016 och sfi var guld värt.", SensitiveCategory.EthnicOrigin, DataSubject.Author)]
    [InlineData("Jag har tinnitus och klarar inte fyrverkerierna vid hamnen.", SensitiveCategory.Health, DataSubject.Author)]
    [InlineData("Jag har reumatism och snöröjningen vid busshållplatsen är livsfarlig för mig.", SensitiveCategory.Health, DataSubject.Author)]
    [InlineData("My mother has a heart condition, is there a doctor on the island in winter?", SensitiveCategory.Health, DataSubject.Other)]
    [InlineData("I have a prosthetic leg and the new jetty has no handrail.", SensitiveCategory.Health, DataSubject.Author)]
    [InlineData("Rektorn på Åsskolan är ju flata, det vet alla.", SensitiveCategory.SexLifeOrientation, DataSubject.Other)]
    public void Analyze_OnePersonsData_IsFoundWithItsSubject(string text, SensitiveCategory category, DataSubject subject)
    {
        var finding = Assert.Single(AnalyzerFixture.Analyzer.Analyze(text).SensitiveData);

        Assert.Equal((category, subject), (finding.Category, finding.Subject));
    }
}
