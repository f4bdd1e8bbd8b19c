using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Sensitive;

/// <summary>The wider vocabulary: inflections, compounds, dropped subjects, abbreviations and idioms.</summary>
public sealed class SensitiveVocabularyTests
{
    [Theory]
    [InlineData("Har astma och undrar om ni kan sluta elda löv vid skolan.", SensitiveCategory.Health)]
    [InlineData("Jag har MS och sitter i rullstol sedan i våras.", SensitiveCategory.Health)]
    [InlineData("Jag fick lungcancer förra året och orkar inte gå till busshållplatsen.", SensitiveCategory.Health)]
    [InlineData("Jag är höggravid och trottoaren är inte plogad.", SensitiveCategory.Health)]
    [InlineData("Jag är född i Iran och förstår inte brevet från Skatteverket.", SensitiveCategory.EthnicOrigin)]
    [InlineData("Sjukdomen är ärftlig i vår familj, jag har testat mig.", SensitiveCategory.Genetic)]
    [InlineData("I've been in recovery from a drug addiction for three years.", SensitiveCategory.Health)]
    [InlineData("Jag är transperson och undrar om simhallen har egna omklädningsrum.", SensitiveCategory.SexLifeOrientation)]
    [InlineData("As a devout Muslim I'd appreciate halal options at the school canteen.", SensitiveCategory.ReligiousBelief)]
    public void Analyze_AuthorsOwnData_IsAboutAuthor(string text, SensitiveCategory category)
    {
        var result = AnalyzerFixture.Analyzer.Analyze(text);

        Assert.NotEmpty(result.SensitiveData);
        Assert.All(result.SensitiveData, f => Assert.Equal((category, DataSubject.Author), (f.Category, f.Subject)));
        Assert.Equal(ModerationAction.Reply, result.Action);
    }

    [Theory]
    [InlineData("Min svåger har schizofreni och får ingen hjälp av psykiatrin.", SensitiveCategory.Health)]
    [InlineData("Vår granne kom hit från Afghanistan och får alltid förtur till allt.", SensitiveCategory.EthnicOrigin)]
    [InlineData("The caretaker at Solbacka comes from Eritrea, ask him yourself.", SensitiveCategory.EthnicOrigin)]
    [InlineData("Tränaren Mats har en ärftlig hjärtsjukdom, borde han verkligen leda passen?", SensitiveCategory.Genetic)]
    [InlineData("Fritidsledaren Kim har suttit för misshandel.", SensitiveCategory.CriminalOffence)]
    [InlineData("Our neighbour Lisa had a miscarriage and nobody from home care came.", SensitiveCategory.Health)]
    [InlineData("Hon som städar skolan bär hijab på jobbet.", SensitiveCategory.ReligiousBelief)]
    [InlineData("Karin i växeln lider av svår astma.", SensitiveCategory.Health)]
    [InlineData("Thomas, the caretaker, wears a kippah at work.", SensitiveCategory.ReligiousBelief)]
    [InlineData("Vaktmästaren Jonas är med i Seko och var med i strejken.", SensitiveCategory.TradeUnion)]
    [InlineData("Fritidsledaren har tydligen legat med en av mammorna.", SensitiveCategory.SexLifeOrientation)]
    [InlineData("Min kollega fick ett psykiskt sammanbrott i våras.", SensitiveCategory.Health)]
    [InlineData("Our daughter's coach had a breakdown in the spring and still isn't back.", SensitiveCategory.Health)]
    [InlineData("The school nurse Ms Berg is on stress leave again.", SensitiveCategory.Health)]
    [InlineData("I heard the deputy head slept with a parent from year six.", SensitiveCategory.SexLifeOrientation)]
    public void Analyze_AnothersData_IsRemoved(string text, SensitiveCategory category)
    {
        var result = AnalyzerFixture.Analyzer.Analyze(text);

        Assert.Contains(result.SensitiveData, f => (f.Category, f.Subject) == (category, DataSubject.Other));
        Assert.Equal(ModerationAction.Remove, result.Action);
    }

    [Theory]
    [InlineData("Politikerna är döva för kritiken från oss föräldrar.")]
    [InlineData("That new roundabout was a stroke of genius, honestly.")]
    [InlineData("Did the disabled parking spaces disappear from the square?")]
    [InlineData("Jag har ett ärftligt anlag för bröstcancer enligt gentestet.")]
    public void Analyze_IdiomOrPredisposition_HasNoFindingBeyondIt(string text)
    {
        var result = AnalyzerFixture.Analyzer.Analyze(text);

        Assert.DoesNotContain(result.SensitiveData, f => f.Category == SensitiveCategory.Health);
    }

    [Theory]
    [InlineData("Min dotter har rätt till modersmålsundervisning i somaliska, varför finns ingen lärare?")]
    [InlineData("Hennes pappa pratar kurdiska hemma, kan skolan ordna tolk?")]
    [InlineData("Kommunen köper asfalten från Polen, står det i protokollet.")]
    [InlineData("My colleague just flew home from Thailand and the buses were late.")]
    [InlineData("Min granne äger Pizzeria Roma och den har stängt i en månad nu.")]
    public void Analyze_LanguageOrCountryNotSaidAsOrigin_IsNoEthnicData(string text)
    {
        var result = AnalyzerFixture.Analyzer.Analyze(text);

        Assert.DoesNotContain(result.SensitiveData, f => f.Category == SensitiveCategory.EthnicOrigin);
    }

    [Theory]
    [InlineData("Jag har typ 2-diabetes och behöver kunna äta mellanmål i väntrummet.", SensitiveCategory.Health)]
    [InlineData("Jag har KOL och klarar inte backen upp till vårdcentralen.", SensitiveCategory.Health)]
    [InlineData("I have COPD and the smoke from the bonfires keeps me indoors.", SensitiveCategory.Health)]
    [InlineData("Jag satt själv inne för stöld och vet vad en andra chans betyder.", SensitiveCategory.CriminalOffence)]
    public void Analyze_AuthorsOwnIllnessOrSentence_IsAboutAuthor(string text, SensitiveCategory category)
    {
        var result = AnalyzerFixture.Analyzer.Analyze(text);

        Assert.Contains(result.SensitiveData, f => (f.Category, f.Subject) == (category, DataSubject.Author));
    }

    [Fact]
    public void Analyze_BiometricProfileOfNamedPupil_IsAboutOther()
    {
        var result = AnalyzerFixture.Analyzer.Analyze("Systemet sparar Lisa Holms ansiktsprofil i en öppen mapp, jag har sett den.");

        Assert.Contains(result.SensitiveData, f => (f.Category, f.Subject) == (SensitiveCategory.Biometric, DataSubject.Other));
    }

    // A walker is an aid many older people use, not a diagnosis; "kol" is COPD only as what someone has.
    [Theory]
    [InlineData("Vi är två pensionärer med rullator som inte kommer fram på den isiga gångvägen.")]
    [InlineData("Vi har en 5-åring och en rullator att få in i bussen.")]
    [InlineData("Vi grillar med kol på stranden varje fredag, får man det?")]
    public void Analyze_WalkerOrStayingIndoors_IsNoSensitiveData(string text)
    {
        Assert.Empty(AnalyzerFixture.Analyzer.Analyze(text).SensitiveData);
    }
}
