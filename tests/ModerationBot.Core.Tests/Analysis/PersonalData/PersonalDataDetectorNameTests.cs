using Xunit;
using ModerationBot.Core.Analysis;
using static ModerationBot.Core.Tests.Analysis.PersonalData.DetectorAssert;

namespace ModerationBot.Core.Tests.Analysis.PersonalData;

public sealed class PersonalDataDetectorNameTests
{
    [Theory]
    [InlineData("Min granne Per spelar musik hela nätterna.", "Per")]
    [InlineData("Jag pratade med Anna Svensson på socialtjänsten i går.", "Anna Svensson")]
    [InlineData("Anna Svensson på socialtjänsten svarar aldrig.", "Anna Svensson")]
    [InlineData("Fråga handläggaren Karin, hon vet.", "Karin")]
    [InlineData("My neighbour John Smith parks on the pavement.", "John Smith")]
    [InlineData("Det var grannen Zlatan som ringde.", "Zlatan")]
    [InlineData("Har ni pratat med Anna-Karin Lindqvist om detta?", "Anna-Karin Lindqvist")]
    [InlineData("Ask Mrs Hutchinson at the front desk.", "Hutchinson")]
    [InlineData("Lena på bygglov var jättetrevlig, hälsa henne.", "Lena")]
    [InlineData("Hej! Jag heter Fatima och behöver hjälp.", "Fatima")]
    [InlineData("Tack för hjälpen.\nHälsningar,\nPer", "Per")]
    [InlineData("Victoria Station is closed again, says Tom.", "Tom")]
    public void Scan_PersonName_FindsName(string text, string name) => Single(text, PersonalDataType.PersonName, name);

    [Theory]
    [InlineData("Hans bil står alltid i vägen.")]
    [InlineData("Inga svar har kommit från kommunen.")]
    [InlineData("Vi ses i Uppsala på måndag.")]
    [InlineData("Skatteverket och Försäkringskassan borde samarbeta.")]
    [InlineData("Kommunstyrelsen beslutade i Maj.")]
    [InlineData("We met in May and again on Monday in Stockholm.")]
    [InlineData("Kungsgatan är avstängd.")]
    [InlineData("DET HÄR ÄR EN SKANDAL ANNA SVENSSON")]
    [InlineData("Per dag kostar parkeringen 40 kronor.")]
    [InlineData("Our Christian school on Jordan Road needs more staff.")]
    public void Scan_CapitalisedNonName_FindsNothing(string text) => Nothing(text);

    [Fact]
    public void Scan_LongRunOfCapitalisedNames_FindsBoundedNames()
    {
        var text = string.Join(' ', Enumerable.Repeat("Anna Svensson", 50));
        var found = Found(text);
        Assert.All(found, f => Assert.Equal(PersonalDataType.PersonName, f.Type));
        Assert.All(found, f => Assert.True(f.Value.Split(' ').Length <= 3));
    }
}
