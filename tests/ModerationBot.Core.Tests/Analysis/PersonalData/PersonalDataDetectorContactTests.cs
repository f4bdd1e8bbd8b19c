using Xunit;
using ModerationBot.Core.Analysis;
using static ModerationBot.Core.Tests.Analysis.PersonalData.DetectorAssert;

namespace ModerationBot.Core.Tests.Analysis.PersonalData;

public sealed class PersonalDataDetectorContactTests
{
    [Theory]
    [InlineData("Ring mig på 070-123 45 67 efter fem.", "070-123 45 67")]
    [InlineData("Sms:a 0731234567 om ni vet något.", "0731234567")]
    [InlineData("Nås på +46 70 123 45 67 hela dagen", "+46 70 123 45 67")]
    [InlineData("Nummer: 0046 76 123 45 67.", "0046 76 123 45 67")]
    [InlineData("Ring honom hemma på 08-123 456 78 efter sju", "08-123 456 78")]
    [InlineData("Hon har 018-12 34 56 hemma.", "018-12 34 56")]
    [InlineData("Call me on +44 20 7946 0958 tomorrow", "+44 20 7946 0958")]
    public void Scan_PhoneNumber_FindsWholeNumber(string text, string phone) =>
        Single(text, PersonalDataType.PhoneNumber, phone);

    // Freephone, national and premium-rate numbers, and lines announced as a switchboard or contact centre, belong to
    // organisations: pointing people to them publishes no one's data.
    [Theory]
    [InlineData("Kundtjänst (0771-123 456) är stängd")]
    [InlineData("Ring kommunens kontaktcenter på 0771-25 25 25 i stället.")]
    [InlineData("Stödlinjen 020-22 00 60 är öppen dygnet runt.")]
    [InlineData("Call +46 771 123 456 for the helpline.")]
    [InlineData("Rösta på 0900-123 45 67, 9,90 kr/min.")]
    [InlineData("Växeln 08-123 456 78 svarar aldrig")]
    [InlineData("Ni som undrar: kontaktcenter har 018-727 00 00, de svarade snabbt.")]
    [InlineData("The council's switchboard is 020 7946 0958.")]
    [InlineData("Välj Hemhjälpen! Ring 010-555 12 00 för en offert.")]
    [InlineData("Questions? Call +46 10 555 12 00 any weekday.")]
    public void Scan_ServiceNumber_NotPersonalData(string text) => Nothing(text);

    // An advertiser that names itself by its legal form and asks to be called gives its own line.
    [Theory]
    [InlineData("Nordic Takläggning AB fixar taket på en dag! Ring 08-410 222 33 redan i dag.")]
    [InlineData("Tired of potholes? Smith Paving Ltd does driveways in 48 hours. Call 031-22 33 44 now!")]
    [InlineData("Vi på Blanka Fönster HB putsar hela huset för 900 kr, kontakta 018-12 34 56.")]
    public void Scan_CompanyLineToCall_NotPersonalData(string text) => Nothing(text);

    // The round number a writer called to reach the council is its switchboard; a number they called that is not
    // round, or a mobile, is someone's own.
    [Theory]
    [InlineData("Jag ringde 0611-348 00 tre gånger utan att komma fram till bygglov.")]
    [InlineData("I called 0455-30 30 00 twice and nobody picked up at the council.")]
    public void Scan_RoundLineTheWriterCalled_NotPersonalData(string text) => Nothing(text);

    [Theory]
    [InlineData("Jag ringde 0611-348 27 och då svarade hennes man.", "0611-348 27")]
    [InlineData("I called 070-123 45 00 and he hung up on me.", "070-123 45 00")]
    [InlineData("Ring 0611-348 00 om du hittar katten, det är vårt hem.", "0611-348 00")]
    public void Scan_CalledLineNotRoundOrMobile_NumberStillFound(string text, string phone) =>
        Single(text, PersonalDataType.PhoneNumber, phone);

    [Theory]
    [InlineData("Nordic Takläggning AB lurade oss, ring min man på 08-410 222 33 så berättar han.", "08-410 222 33")]
    [InlineData("Bygg AB har fuskat, ring grannen 031-22 33 44 hon vet allt.", "031-22 33 44")]
    [InlineData("Vi köpte ett ab-kort. Ring 08-410 222 33 om ni hittar det.", "08-410 222 33")]
    [InlineData("Blanka Fönster AB är bra, men ring mig på 070-123 45 67 om stegen.", "070-123 45 67")]
    public void Scan_CompanyNamedButNumberIsSomeonesOwn_NumberStillFound(string text, string phone) =>
        Single(text, PersonalDataType.PhoneNumber, phone);

    [Theory]
    [InlineData("Mejla kontaktcenter@kommunen.se eller registrator@uppsala.se, där svarar de.")]
    [InlineData("Write to info@council.example.org instead.")]
    public void Scan_SharedMailbox_NotPersonalData(string text) => Nothing(text);

    [Theory]
    [InlineData("Ring växeln eller hennes hem på 08-123 456 78 i stället.", "08-123 456 78")]
    [InlineData("Kundservice stängde, så ring mig: 070-123 45 67", "070-123 45 67")]
    [InlineData("Växeln kopplar aldrig, min mobil är 070-123 45 67", "070-123 45 67")]
    public void Scan_SwitchboardWordNotAnnouncingTheNumber_NumberStillFound(string text, string phone) =>
        Single(text, PersonalDataType.PhoneNumber, phone);

    [Fact]
    public void Scan_StaffAddressBesideSharedMailbox_OnlyThePersonsAddress() =>
        Single("Skriv inte till info@kommunen.se, skriv direkt till lena.ek@kommunen.se.", PersonalDataType.Email, "lena.ek@kommunen.se");

    [Fact]
    public void Scan_NumbersInUrlsAndPhoneOutside_FindsOnlyThePhone() =>
        Single(
            "Se https://a.se/0701234567 och www.b.se/?id=0731234567, ring sedan 070-123 45 67.",
            PersonalDataType.PhoneNumber,
            "070-123 45 67");

    [Theory]
    [InlineData("Mejla anna.svensson@example.se.", "anna.svensson@example.se")]
    [InlineData("Contact john.smith+council@mail.example.co.uk, please", "john.smith+council@mail.example.co.uk")]
    public void Scan_Email_FindsAddress(string text, string email) =>
        Single(text, PersonalDataType.Email, email);

    [Theory]
    [InlineData("Han bor på Storgatan 12 och spelar hög musik.", "Storgatan 12")]
    [InlineData("Skicka till Kungsgatan 5B, 753 21 Uppsala tack.", "Kungsgatan 5B, 753 21 Uppsala")]
    [InlineData("Adressen är Vägen 3 lgh 1102.", "Vägen 3 lgh 1102")]
    [InlineData("Hon flyttade till Gamla Uppsalagatan 48 i fjol.", "Gamla Uppsalagatan 48")]
    [InlineData("De bor på Anna Lindhs gata 4 nu.", "Anna Lindhs gata 4")]
    [InlineData("She lives at 12 Main Street with her dog.", "12 Main Street")]
    [InlineData("Sopbilen står på Ekbacken 7 varje tisdag.", "Ekbacken 7")]
    public void Scan_StreetAddress_FindsAddress(string text, string address) =>
        Single(text, PersonalDataType.StreetAddress, address);

    [Theory]
    [InlineData("Varför stänger ni Kungsgatan i sommar?")]
    [InlineData("753 21 Uppsala är ett postnummer.")]
    [InlineData("Storgatan har 12 trasiga lampor.")]
    public void Scan_StreetOrPostcodeWithoutHouseNumber_FindsNothing(string text) => Nothing(text);
}
