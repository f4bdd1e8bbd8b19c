using Xunit;
using ModerationBot.Core.Analysis;
using static ModerationBot.Core.Tests.Analysis.PersonalData.DetectorAssert;

namespace ModerationBot.Core.Tests.Analysis.PersonalData;

public sealed class PersonalDataDetectorOtherTests
{
    [Theory]
    [InlineData("Bilen ABC 123 står på min plats varje dag.", "ABC 123")]
    [InlineData("Den vita Volvon med reg XYZ12A kör för fort.", "XYZ12A")]
    [InlineData("Lastbilen med reg.nr mlb 84t blockerar infarten.", "mlb 84t")]
    [InlineData("The car with plate GHJ 987 was parked on the bike lane.", "GHJ 987")]
    public void Scan_LicensePlate_FindsPlate(string text, string plate) => Single(text, PersonalDataType.LicensePlate, plate);

    [Theory]
    [InlineData("Priset är SEK 100 per person.")]
    [InlineData("JAG ÄR SÅ ARG PÅ ER SOM 100 ANDRA")]
    [InlineData("Se beslut Dnr BUN 123 om skolan.")]
    [InlineData("Beslut AMN 123-45 fattades i går.")]
    [InlineData("Vi har abc 123 på schemat.")]
    public void Scan_PlateLookAlike_FindsNothing(string text) => Nothing(text);

    [Theory]
    [InlineData("Min IP är 192.168.1.10, blockera inte mig.", "192.168.1.10")]
    [InlineData("Server 2001:db8::1 loggade mig.", "2001:db8::1")]
    public void Scan_IpAddress_FindsAddress(string text, string ip) => Single(text, PersonalDataType.IpAddress, ip);

    [Fact]
    public void Scan_MixedComment_FindsAllSortedWithCorrectOffsets()
    {
        var number = TestNumbers.Identity("19800101");
        var text = $"Per Andersson ({number}) bor på Storgatan 12, ring 070-123 45 67 eller mejla per@example.se";
        Assert.Equal(
            [
                (PersonalDataType.PersonName, "Per Andersson"),
                (PersonalDataType.PersonalIdentityNumber, number),
                (PersonalDataType.StreetAddress, "Storgatan 12"),
                (PersonalDataType.PhoneNumber, "070-123 45 67"),
                (PersonalDataType.Email, "per@example.se"),
            ],
            Found(text));
    }

    [Fact]
    public void Scan_EmptyText_ReturnsEmptyScan()
    {
        var scan = Scan(string.Empty);
        Assert.Empty(scan.Findings);
        Assert.Empty(scan.Notes);
    }
}
