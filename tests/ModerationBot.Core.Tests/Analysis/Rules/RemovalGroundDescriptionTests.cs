using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Rules;

/// <summary>
/// Removal grounds as a blind set wrote them (2026-12-03): an insult as a description of a person ("är en bortskämd
/// fjolla", "has the memory of a goldfish"), a group called a parasite people, a book or film offered whole, claims
/// with an informant and a cover-up, an insider telling about a family's case, a named person accused of dealing,
/// remarks on a woman's body, a film "helt ocensurerad", an animal's entrails, a cash-in-hand quote, a comment pasted
/// twice around a bare link and a crowd told to paint over the cameras. The traps use the same words for praise,
/// meetings, shared minutes, real warnings and questions about the municipality's fees, and must stay answers.
/// </summary>
public sealed class RemovalGroundDescriptionTests
{
    [Theory]
    [InlineData("The clerk at the housing office is a lazy, useless cow who never picks up the phone.")]
    [InlineData("Min granne på bygglovsenheten, Karin, är en riktig fjolla som inte kan någonting.")]
    [InlineData("That planning officer has the memory of a goldfish and the manners of a baboon.")]
    [InlineData("Handläggaren har ett minne som en guldfisk, tredje gången jag skickar samma papper.")]
    [InlineData("That new headteacher has the personality of a wet sponge and the brain of a hamster.")]
    public void Analyze_PersonDescribedAsAnAnimalOrFool_IsInsult(string text) => RemovalAssert.Removed(text, RuleId.Insult);

    [Theory]
    [InlineData("Han har hjärnan av en ingenjör, så bra att han blev ordförande.")]
    [InlineData("The receptionist has the memory of an elephant, she remembered my name after a year.")]
    [InlineData("Vi såg en åsna och en höna på kolonilotterna i helgen, barnen älskade det.")]
    [InlineData("Our cow escaped onto the road again, sorry to the drivers.")]
    public void Analyze_ComparisonAsPraiseOrAnimalsAsAnimals_IsNoInsult(string text) => RemovalAssert.Answered(text);

    [Theory]
    [InlineData("Middle Eastern men are like cockroaches, they spread into every suburb.")]
    [InlineData("Romer är ett parasitfolk, ingen borde hyra ut till dem.")]
    public void Analyze_GroupAsVermin_IsHateSpeech(string text) => RemovalAssert.Removed(text, RuleId.HateSpeech);

    [Theory]
    [InlineData("Here's the whole first chapter of the new Jo Nesbø thriller, typed out for anyone on the waiting list.")]
    [InlineData("Jag har laddat upp hela boken som ljudbok på min Drive, länk nedan, då slipper ni köpa den.")]
    [InlineData("Here's the full Discworld series as PDFs, download link in the comments.")]
    [InlineData("Here's the whole new Taylor Swift album, uploaded to my Google Drive, link below so nobody has to pay.")]
    [InlineData("Jag har lagt upp hela säsong 3 av Bonusfamiljen på min Drive, pm för länk.")]
    public void Analyze_WholeBookOrFilmOffered_IsCopyright(string text) => RemovalAssert.Removed(text, RuleId.Copyright);

    [Theory]
    [InlineData("Jag har lagt upp protokollet från föräldramötet på Google Drive, länk i nästa kommentar.")]
    [InlineData("Here's the download link for the planning application, the whole document as PDF.")]
    [InlineData("Here's the whole first chapter of the council's new climate plan, it's worth reading.")]
    [InlineData("I've uploaded the minutes of the last meeting so everyone can read them.")]
    [InlineData("Here's the whole timetable for the new bus lines, it's on the council website.")]
    public void Analyze_SharedMinutesOrPublicDocument_IsNoCopyright(string text) => RemovalAssert.Answered(text);

    [Theory]
    [InlineData("VARNING! De blandar lugnande medel i skolmaten, det har en kock avslöjat. Ät bara matsäck.")]
    [InlineData("The new 5G antenna on the library is making pupils dizzy. Doctors have confirmed it, but the council is hiding the data.")]
    [InlineData("Residents of Norrby: you vote on Saturday this year, not Sunday, the polling stations are short-staffed. Spread the word!")]
    [InlineData("Observera: i år röstar ni på måndag, inte på söndag. Sprid vidare!")]
    [InlineData("URGENT: the council is adding sedatives to the school milk, a dinner lady has confirmed it. Keep your kids home tomorrow!")]
    public void Analyze_ClaimWithInformantOrWrongElectionDay_IsDisinformation(string text) =>
        RemovalAssert.Removed(text, RuleId.Disinformation);

    [Theory]
    [InlineData("Doctors have confirmed that the new health centre will open in March.")]
    [InlineData("Spread the word: the library reopens on Monday with longer hours!")]
    [InlineData("The council will vote on Monday about the pool closure, spread the word and come to the meeting.")]
    [InlineData("Tidningen har avslöjat att nämnden gick över budget med 12 miljoner.")]
    [InlineData("The 5G masts near the school were put up last year without any consultation.")]
    [InlineData("Vi röstar på måndag i föreningen om nya stadgar.")]
    [InlineData("The vet gave our dog sedatives before the fireworks on New Year's Eve, it worked well.")]
    public void Analyze_NewsOrMeetingDay_IsNoDisinformation(string text) => RemovalAssert.Answered(text);

    [Theory]
    [InlineData("Jag jobbar själv på socialtjänsten, och familjen på hörnet har en pågående utredning hos oss.")]
    [InlineData("My aunt works at the school and told me who got suspended. It's the Nilsson girl in 8A.")]
    public void Analyze_InsiderTellingAboutACase_IsConfidential(string text) => RemovalAssert.Removed(text, RuleId.Confidential);

    [Theory]
    [InlineData("My son told me the school has an ongoing investigation into the broken heating.")]
    [InlineData("Mitt barn blev avstängd från skolan i två dagar och ingen förklarade varför. Hur överklagar man?")]
    public void Analyze_OwnChildOrBuildingCase_IsNoLeak(string text) => RemovalAssert.Answered(text);

    [Theory]
    [InlineData("Mikael Strand, who coaches the youth team, sells cocaine to the older boys.")]
    [InlineData("Sara Lind på fritidsgården säljer hasch till eleverna.")]
    public void Analyze_NamedPersonAccusedOfDealing_IsDefamation(string text) => RemovalAssert.Removed(text, RuleId.Defamation);

    // Nobody named: a moderator looks, as before.
    [Fact]
    public void Analyze_UnnamedDealerAtTheOffice_IsReviewed() =>
        Assert.Equal(ModerationAction.Review, AnalyzerFixture.Analyzer.Analyze("Someone at the leisure office sells weed to teenagers.").Action);

    [Fact]
    public void Analyze_NamedPersonPraised_IsNoDefamation() =>
        RemovalAssert.Answered("Anna Berg på fritidsgården säljer lotter till förmån för klassresan.");

    [Theory]
    [InlineData("The new librarian has such nice legs, she ought to wear shorter skirts at work.")]
    [InlineData("Nya rektorn har så snygga ben, hon borde ha kortare kjolar på mötena.")]
    public void Analyze_RemarksOnAWomansBody_IsHarassment(string text) => RemovalAssert.Removed(text, RuleId.Harassment);

    [Theory]
    [InlineData("Want to see what my boyfriend and I did in the changing rooms after closing? Totally uncensored, link in my profile.")]
    [InlineData("Lägger upp bilderna på rådjuret som blev påkört vid rondellen. Inälvorna syns tydligt.")]
    public void Analyze_ExplicitFilmOrEntrails_IsViolentOrSexualContent(string text) =>
        RemovalAssert.Removed(text, RuleId.ViolentOrSexualContent);

    [Theory]
    [InlineData("Lägger upp bilderna från julmarknaden, tack alla som kom!")]
    [InlineData("What was left of the budget went to consultants, apparently.")]
    [InlineData("The new committee chair has great ideas for the budget.")]
    public void Analyze_PhotosOfAnEventOrPraise_IsNoViolentOrSexualContent(string text) => RemovalAssert.Answered(text);

    [Theory]
    [InlineData("Need your gutters cleared? Cheapest in town, cash in hand, message me for a free quote.")]
    [InlineData("Behöver du måla om huset? Billigast i stan, utan moms om du betalar kontant.")]
    public void Analyze_CashInHandQuote_IsCommercial(string text) => RemovalAssert.Removed(text, RuleId.Commercial);

    [Theory]
    [InlineData("Varför ska vi betala 300 kronor för en plats på loppisen? Det är ju ideellt.")]
    [InlineData("Får pensionärer rabatt på gymmet? 80 kronor per gång är mycket.")]
    [InlineData("Kan man betala kontant i simhallen eller bara med kort?")]
    [InlineData("Need a roofer? The council has a list of approved tradesmen on its website.")]
    public void Analyze_FeeAskedAbout_IsNoAdvert(string text) => RemovalAssert.Answered(text);

    [Theory]
    [InlineData("Vi säljer kakor på skolan på fredag, 10 kr styck, allt går till klassresan.")]
    [InlineData("Lotter säljes på torget på lördag, 20 kr styck, till förmån för hospicet.")]
    [InlineData("Our choir sells raffle tickets at the library, £2 each, all proceeds go to the food bank.")]
    public void Analyze_SaleForACause_IsNoAdvert(string text) => RemovalAssert.Answered(text);

    [Theory]
    [InlineData("Vote for my son's photo here: photo-vote.net/88 Vote for my son's photo here: photo-vote.net/88")]
    [InlineData("Följ min blogg om sparande, länk i profilen! Följ min blogg om sparande, länk i profilen!")]
    public void Analyze_CommentPastedTwice_IsSpam(string text) => RemovalAssert.Removed(text, RuleId.Spam);

    [Theory]
    [InlineData("Läs mer på kommunens sida. Läs mer på kommunens sida.")]
    [InlineData("Rösta på min dotters teckning! Hon har jobbat så hårt med den.")]
    public void Analyze_RepeatedAdviceOrOnePlea_IsNoSpam(string text) => RemovalAssert.Answered(text);

    [Fact]
    public void Analyze_RoadsideCallToPaintTheCameras_IsIncitement() =>
        RemovalAssert.Removed("Alla som bor vid skolan: sprayfärga trafikkamerorna i helgen, då slutar de ge böter.", RuleId.Incitement);

    [Fact]
    public void Analyze_OwnBikesSprayPainted_IsNoIncitement() =>
        RemovalAssert.Answered("Vi ska sprayfärga våra gamla cyklar på fritids på fredag, ta med förkläde.");
}
