using Xunit;
using ModerationBot.Core.Analysis;
using static ModerationBot.Core.Tests.Analysis.PersonalData.DetectorAssert;

namespace ModerationBot.Core.Tests.Analysis.PersonalData;

public sealed class PersonalDataDetectorIdentityTests
{
    [Theory]
    [InlineData("19720315", '-')]
    [InlineData("720315", '-')]
    [InlineData("720315", '\0')]
    [InlineData("19720315", '\0')]
    public void Scan_ValidPersonnummerInComment_FindsIdentityNumber(string date, char separator)
    {
        var number = TestNumbers.Identity(date, "458", separator);
        Single($"Min mamma har personnummer {number}, kan ni kolla hennes ärende?", PersonalDataType.PersonalIdentityNumber, number);
    }

    [Fact]
    public void Scan_CoordinationNumber_FindsCoordinationNumber()
    {
        var number = TestNumbers.Identity("19900375", "221");
        Single($"Hans samordningsnummer är {number}.", PersonalDataType.CoordinationNumber, number);
    }

    [Fact]
    public void Scan_PlusSeparatorForCentenarian_FindsIdentityNumber()
    {
        var number = TestNumbers.Identity("240611", "052", '+');
        Single($"Farmor ({number}) fick fel beslut.", PersonalDataType.PersonalIdentityNumber, number);
    }

    [Fact]
    public void Scan_WrongCheckDigit_ReportsNoteOnly()
    {
        var number = TestNumbers.WithWrongCheckDigit(TestNumbers.Identity("19850412", "331"));
        var text = $"Mitt pnr {number} stämmer inte i era papper";
        var scan = Scan(text);
        Assert.Empty(scan.Findings);
        var note = Assert.Single(scan.Notes);
        Assert.Equal("invalid_identity_number", note.Type);
        Assert.Equal(number, text[note.Start..note.End]);
    }

    [Fact]
    public void Scan_EnglishComment_FindsIdentityNumber()
    {
        var number = TestNumbers.Identity("19911130", "172");
        Single($"My Swedish ID is {number} if you need it.", PersonalDataType.PersonalIdentityNumber, number);
    }

    [Fact]
    public void Scan_TwoNumbersInOneRun_FindsBoth()
    {
        var first = TestNumbers.Identity("19800101", "234");
        var second = TestNumbers.Identity("19821224", "118");
        var text = $"Barnens nummer: {first} {second}";
        Assert.Equal(
            [(PersonalDataType.PersonalIdentityNumber, first), (PersonalDataType.PersonalIdentityNumber, second)],
            Found(text));
    }

    [Fact]
    public void Scan_Finding_CarriesPolicyBasisInBothLanguages()
    {
        var finding = Assert.Single(Scan($"pnr {TestNumbers.Identity("19800101")}").Findings);
        Assert.Equal("personal_data.identity_number", finding.Basis.RuleId);
        Assert.Contains("Uppsala", finding.Basis.Source);
        Assert.Equal("Sociala medier och personuppgifter", finding.Basis.Section);
        Assert.NotEqual(finding.Basis.Explanation.Sv, finding.Basis.Explanation.En);
        Assert.False(string.IsNullOrWhiteSpace(finding.Basis.Explanation.En));
    }
}
