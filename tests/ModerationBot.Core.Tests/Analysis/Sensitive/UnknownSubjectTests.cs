using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Sensitive;

/// <summary>Sensitive data about somebody nobody can point at: subject unknown, a second look rather than removal.</summary>
public sealed class UnknownSubjectTests
{
    [Theory]
    [InlineData("Någon på min arbetsplats har tuberkulos, ska vi testas?", SensitiveCategory.Health)]
    [InlineData("En av busschaufförerna är visst dömd för rån.", SensitiveCategory.CriminalOffence)]
    [InlineData("Flera i personalen på fritids är med i samma frikyrka.", SensitiveCategory.ReligiousBelief)]
    [InlineData("One of the nurses at the care home is bisexual, people keep gossiping about it.", SensitiveCategory.SexLifeOrientation)]
    [InlineData("A boy in my daughter's class has epilepsy and the teachers were never trained.", SensitiveCategory.Health)]
    [InlineData("Det bor visst en kurdisk familj i det nya huset, stämmer det?", SensitiveCategory.EthnicOrigin)]
    [InlineData("En tjej i parallellklassen fick ett epilepsianfall på bussen i morse.", SensitiveCategory.Health)]
    [InlineData("Sägs att en av de boende på äldreboendet är hivsmittad.", SensitiveCategory.Health)]
    [InlineData("Några i städpersonalen är med i samma fackförening som jag hört.", SensitiveCategory.TradeUnion)]
    [InlineData("Det bor visst en dömd pedofil på vår gata, vet polisen?", SensitiveCategory.CriminalOffence)]
    [InlineData("A convicted sex offender lives two doors from the playground.", SensitiveCategory.CriminalOffence)]
    [InlineData("Word is one of the councillors is a member of some sect.", SensitiveCategory.ReligiousBelief)]
    public void Analyze_SensitiveDataAboutSomebodyUnidentified_IsUnknownAndReviewed(string text, SensitiveCategory category)
    {
        var result = AnalyzerFixture.Analyzer.Analyze(text);

        var finding = Assert.Single(result.SensitiveData);
        Assert.Equal((category, DataSubject.Unknown), (finding.Category, finding.Subject));
        Assert.Equal(ModerationAction.Review, result.Action);
        Assert.DoesNotContain(result.Rules, r => r.Rule == RuleId.SensitivePersonalData);
    }

    [Theory]
    [InlineData("Barn med autism behöver lugnare klassrum.")]
    [InlineData("Kids with diabetes need a nurse at every school.")]
    [InlineData("Hur ska man som har astma klara sig när ni eldar löv?")]
    [InlineData("Om någon har epilepsi, är de nya skyltarna säkra då?")]
    [InlineData("Har du diabetes? Då kan du söka parkeringstillstånd.")]
    [InlineData("Min granne som forskar om cancer fick ett pris i går.")]
    [InlineData("Är ni muslimer får ni gärna höra av er om maten.")]
    [InlineData("What if I got cancer, who would drive my mother to the clinic?")]
    [InlineData("Jag har aldrig varit dömd för något brott och ändå ska jag lämna utdrag.")]
    [InlineData("Socialtjänsten behandlar psykiskt sjuka som andra klassens medborgare.")]
    [InlineData("The mayor keeps talking about cancer screening but does nothing.")]
    [InlineData("Personalen gör ett fantastiskt jobb med de dementa på avdelningen.")]
    [InlineData("My kid's teacher is amazing with the children who have autism.")]
    [InlineData("En dömd pedofil ska aldrig få jobba i skolan.")]
    [InlineData("Förslaget om ny simhall ligger med i budgeten för nästa år.")]
    [InlineData("Min son går i Handels och trivs jättebra.")]
    [InlineData("Hon låg med feber hela förra veckan och fick ingen tid på vårdcentralen.")]
    [InlineData("Det finns en dömd brottsling i varje stadsdel enligt statistiken.")]
    [InlineData("The caretaker slept with the windows open all summer.")]
    public void Analyze_GeneralHypotheticalOrNegated_HasNoSensitiveFinding(string text)
    {
        Assert.Empty(AnalyzerFixture.Analyzer.Analyze(text).SensitiveData);
    }
}
