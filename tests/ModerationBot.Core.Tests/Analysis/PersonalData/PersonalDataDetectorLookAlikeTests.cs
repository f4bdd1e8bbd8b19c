using Xunit;
using static ModerationBot.Core.Tests.Analysis.PersonalData.DetectorAssert;

namespace ModerationBot.Core.Tests.Analysis.PersonalData;

public sealed class PersonalDataDetectorLookAlikeTests
{
    [Theory]
    [InlineData("Bolagets organisationsnummer är 212000-0142 enligt Bolagsverket.")]
    [InlineData("Org.nr 2120000142, faktura skickas dit.")]
    [InlineData("Föreningen har orgnr 802456-7890.")]
    [InlineData("Se ärende KS 2018/1303 och Dnr 2017/00021.")]
    [InlineData("Beslutet AMN 2019-0157-1.6 är överklagat.")]
    [InlineData("Mötet hölls 2022-05-31 och nästa är 31/5 kl 18:30.")]
    [InlineData("Bygget kostade 1 234 567 kr och bidraget var 12 500:-")]
    [InlineData("Skatten höjs med 2,5 procent år 2024, alltså 45 % mer än 1998.")]
    [InlineData("Öppet vardagar 08-12 13-17, lunchstängt.")]
    [InlineData("Läs mer på https://www.uppsala.se/0701234567/sida?id=19800101 om detta.")]
    [InlineData("Ring 112 vid nödläge eller 1177 för vård.")]
    [InlineData("Version 1.2.3.4.5 av appen är ute.")]
    [InlineData("Appen i version 2.0.1.5 kraschar.")]
    [InlineData("Enligt avsnitt 3.2.1.4 i planen ska vägen breddas.")]
    [InlineData("Beslutet togs 08-03-2024 i nämnden.")]
    [InlineData("Dnr SBN 2021-000123 och KS-2023-0456 gäller bygget.")]
    [InlineData("Telefontid 10-12 och 13-15, fakturanummer 123456-7890.")]
    [InlineData("Detaljplan 2030 för kvarteret antogs.")]
    [InlineData("Vi var 150 personer på Stortorget 3 gånger i år.")]
    public void Scan_LookAlike_FindsNothing(string text)
    {
        var scan = Scan(text);
        Assert.Empty(scan.Findings);
        Assert.Empty(scan.Notes);
    }

    [Fact]
    public void Scan_OrganisationNumberWithPassingLuhn_IsNotIdentityNumber()
    {
        Assert.True(ModerationBot.Core.Analysis.PersonalData.Validators.Luhn.IsValid("2120000142"));
        Nothing("Kommunens organisationsnummer: 212000-0142.");
    }
}
