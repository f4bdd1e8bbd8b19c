using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Rules;

/// <summary>
/// Removal grounds set K left at reply, as families in wording of their own (none is a sentence of the set): defamation of a
/// named person by theft, bribes, a pupil or animals; secret-harm claims with a call to share; whole books shared as files; a
/// graphic scene or a sexual act described; cash house buyers and private collections; racial inferiority; animals as insults;
/// a campaign until someone quits. The traps are the nearest ordinary comments, which must stay answers.
/// </summary>
public sealed class RemovalGroundFamilyTests
{
    // Money taken from a club or association, bribes paid, a relationship with a pupil and animals abused, each said as fact of a
    // named person or a role; the person in sight is what makes the accusation defamation.
    [Theory]
    [InlineData("Kassören i bostadsrättsföreningen, Lena Berg, har tagit pengar ur föreningskassan till sina egna resor.")]
    [InlineData("Fotbollstränaren Mikael Ström har snott pengar ur klasskassan i två år, fråga vilken förälder som helst.")]
    [InlineData("Vaktmästaren Anders Holm har stulit pengar från fritidsgården, alla vet det.")]
    [InlineData("Idrottsläraren hade ihop det med en elev i nian, därför flyttades han till en annan skola.")]
    [InlineData("The caretaker at Brook School has been stealing from the school fund for years, everyone knows.")]
    [InlineData("Peter Olsson on the planning board bribed the inspector so his extension got approved.")]
    [InlineData("The PE teacher had an affair with a student at his last school, that's why he left.")]
    [InlineData("The treasurer of the tenants' association cooks the books, he pays himself twice.")]
    [InlineData("Maria Lindqvist som har stallet vid Kvarnbacken vanvårdar djuren, hästarna står i sin egen skit.")]
    [InlineData("The man who runs the kennels on Mill Lane, Tom Baker, abuses the dogs when nobody is looking.")]
    public void Analyze_CrimeOrMisconductStatedOfAPerson_IsDefamation(string text) => RemovalAssert.Removed(text, RuleId.Defamation);

    // A claim of secret harm (nanochips, sterility, cancer from a mast, sewage in the pipes) with a secret document, a cover-up or
    // harmful advice as its marker.
    [Theory]
    [InlineData("Kommunen blandar nanochips i skolmaten, det står i ett hemligt dokument från nämnden. Sprid innan de tar bort det!")]
    [InlineData("Nya masten vid simhallen ger barnen cancer, läkarna har bekräftat det men kommunen mörkar. Sprid till alla!")]
    [InlineData("Vaccinet på vårdcentralen gör barnen sterila, jag har sett hemliga dokument. Låt inte era barn gå dit, sprid vidare!")]
    [InlineData("Nanobots in the school milk, it's in a secret memo I've seen. Don't drink it, tell everyone!")]
    [InlineData("The phone mast behind the school is giving the kids cancer and the council is not telling anyone.")]
    [InlineData("They're secretly pumping recycled sewage into the pipes. Stock up on bottled water and tell everyone!")]
    public void Analyze_SecretHarmClaimWithACallToShareOrAct_IsDisinformation(string text) => RemovalAssert.Removed(text, RuleId.Disinformation);

    // A whole book, textbook or audiobook scanned, uploaded or handed over, with a sign that nobody need buy or wait for it.
    [Theory]
    [InlineData("Har skannat in hela kursboken i Svenska 1, så ingen behöver köpa den. Länk i kommentaren.")]
    [InlineData("Här är hela ljudboken av Jonas Hassen Khemiri, slipper ni köpa den: mega.nz/file/abc")]
    [InlineData("Lagt upp hela nya boken av Liza Marklund i min dropbox, så slipper ni vänta på biblioteket.")]
    [InlineData("Scanned the whole maths textbook for year 9 so no one has to buy it: wetransfer.com/x1")]
    [InlineData("Here's the entire new Lee Child book as a pdf, nobody has to wait for the library: drive.google.com/file/d/xyz")]
    [InlineData("I've uploaded the latest Stephen King audiobook to my Google Drive, enjoy, no need to buy it.")]
    public void Analyze_WholeBookSharedAsAFile_IsCopyright(string text) => RemovalAssert.Removed(text, RuleId.Copyright);

    // A photo or film of an accident or a dead animal with its body detail (bleeding, trapped, a pool of blood, innards), and a
    // sexual act described of an identifiable member of staff.
    [Theory]
    [InlineData("Bifogar bilden på hunden som sopbilen körde över, inälvorna ligger över hela gatan.")]
    [InlineData("Här är filmen från olyckan vid rondellen, man ser hur cyklisten ligger i en blodpöl.")]
    [InlineData("Bilder från olyckan på E4:an, föraren blöder ur huvudet och sitter fastklämd.")]
    [InlineData("Here's a video of the crash on the ring road, you can see the driver bleeding from his head.")]
    [InlineData("Posting the photo of the deer your bus hit, guts all over the tarmac.")]
    [InlineData("Here's the video of the cyclist the lorry hit, you can see him lying in a pool of blood.")]
    [InlineData("The receptionist at the town hall is gorgeous, I'd bend her over the desk and take her from behind.")]
    [InlineData("Den nya bibliotekarien är så snygg, jag skulle vilja böja henne över disken.")]
    public void Analyze_GraphicSceneOrSexualActDescribed_IsViolentOrSexualContent(string text) => RemovalAssert.Removed(text, RuleId.ViolentOrSexualContent);

    // Cash buyers of houses and estates, and money asked to the writer's own account instead of a public collection.
    [Theory]
    [InlineData("Vi köper ditt hus kontant inom 48 timmar, oavsett skick! Ring oss på Husköp Direkt.")]
    [InlineData("Sälj ditt dödsbo till oss kontant, vi hämtar allt. Länk i bio.")]
    [InlineData("We buy houses in any condition, cash for your home in 7 days! Visit our page.")]
    [InlineData("Swisha till mig istället för till kommunens insamling, mitt privata swishnummer 0701234567, varje krona hjälper.")]
    [InlineData("Forget the council's fund, send money to my personal account instead, every penny helps.")]
    public void Analyze_CashHouseBuyerOrPrivateCollection_IsCommercial(string text) => RemovalAssert.Removed(text, RuleId.Commercial);

    // A group said to be less intelligent or inferior: the claim of racial inferiority.
    [Theory]
    [InlineData("Araber har lägre IQ, därför klarar de sig sämre i skolan.")]
    [InlineData("Somalier är mindre intelligenta än svenskar, det är bara fakta.")]
    [InlineData("Black people have a lower IQ, that's why the schools in the east end do so badly.")]
    [InlineData("Muslims are genetically inferior, simple as that.")]
    public void Analyze_GroupCalledLessIntelligentOrInferior_IsHateSpeech(string text) => RemovalAssert.Removed(text, RuleId.HateSpeech);

    // More animals after "är en"/"is a" with a person before them (sugga, kossa, mule, muppet).
    [Theory]
    [InlineData("Handläggaren på Försäkringskassan är en lat sugga som aldrig svarar.")]
    [InlineData("Rektorn är en riktig kossa som aldrig lyssnar på föräldrarna.")]
    [InlineData("The woman at the housing office is a stubborn old mule.")]
    [InlineData("The planning officer is a complete muppet.")]
    public void Analyze_PersonCalledAFarmAnimal_IsInsult(string text) => RemovalAssert.Removed(text, RuleId.Insult);

    // Writing about a person in group after group until they resign, quit or are fired.
    [Theory]
    [InlineData("Jag har skrivit om dig i alla grupper och kommer fortsätta tills du säger upp dig.")]
    [InlineData("Skrivit om dig i tre grupper nu, och det blir fler tills du får sparken.")]
    [InlineData("I've posted about you in every group in town and I'll keep posting until you quit.")]
    [InlineData("I won't stop until you resign, your name will be in every local group.")]
    public void Analyze_CampaignUntilTheTargetQuits_IsHarassment(string text) => RemovalAssert.Removed(text, RuleId.Harassment);

    // Money moved by a decision, promises broken by politicians, an idiom of paying off, a parent's bribe, a good teacher and an
    // association's own accounts.
    [Theory]
    [InlineData("Tränaren tog pengar ur lagkassan till bussresan till cupen, det var beslutat på föräldramötet.")]
    [InlineData("Politikerna har tagit pengar från skolan och lagt dem på en ny arena, det är skandal.")]
    [InlineData("Kommunalrådet lovade mer pengar till fritidsgården men inget har hänt.")]
    [InlineData("The mayor promised to fix the pool and then cut its budget again, broken promise number three.")]
    [InlineData("He finally paid off the loan for the new sports hall, the council says.")]
    [InlineData("I bribed my kids with ice cream to get them to the dentist at the health centre.")]
    [InlineData("Läraren hjälpte en elev med läxan efter skolan, fint gjort.")]
    [InlineData("The headteacher has a good relationship with the students, they all like him.")]
    [InlineData("Kassören redovisade att vi tagit pengar ur föreningskassan till sommarfesten, alla fick se kvittona.")]
    public void Analyze_MoneyDecisionsAndBrokenPromises_AreNoDefamation(string text) => RemovalAssert.Answered(text);

    // Criticism of a secret decision, a real boil-water notice, a question about radiation, a denial of a secret protocol and advice to parents.
    [Theory]
    [InlineData("Kommunen har beslutat i hemlighet att lägga ner biblioteket, det är odemokratiskt.")]
    [InlineData("Kokningsrekommendation i Norrby: drick inte vattnet utan att koka det, enligt kommunen.")]
    [InlineData("The council decided to close the youth centre without telling anyone, that's not okay.")]
    [InlineData("Boil water notice for the east side: drink bottled water or boil tap water until Friday.")]
    [InlineData("Sedan masten byggdes har det varit mycket snack om strålning, kan kommunen visa mätningarna?")]
    [InlineData("Det står i ett hemligt protokoll? Nej, protokollen från nämnden är offentliga, kolla kommunens hemsida.")]
    [InlineData("Kolla själva på kommunens hemsida, de har lagt ut mätningarna från 5G-masten vid skolan.")]
    [InlineData("Låt inte era barn missa höstlovsaktiviteterna på biblioteket, de är gratis.")]
    [InlineData("Don't let your kids miss the open day at the new school on Saturday.")]
    public void Analyze_SecrecyCriticismAndRealWaterNotices_AreNoDisinformation(string text) => RemovalAssert.Answered(text);

    // Minutes and agendas as pdf, a school's own textbook licence, a question about an audiobook, library e-book loans.
    [Theory]
    [InlineData("Här är hela protokollet från mötet som pdf: kommunen.se/protokoll.pdf")]
    [InlineData("Skolan har köpt in läroboken i pdf så ingen behöver köpa den själv.")]
    [InlineData("Here's the whole agenda for Thursday's meeting as a pdf.")]
    [InlineData("Does the library have the new Harry Potter audiobook? I'd rather not buy it.")]
    [InlineData("Nobody has to wait for the library copy any more, the new ebook loans work great.")]
    public void Analyze_MinutesAgendasAndLibraryCopies_AreNoCopyright(string text) => RemovalAssert.Answered(text);

    // Photos of a pothole, a found dog and a playground; "the guts to"; a nosebleed from dry air; "bleeding support".
    [Theory]
    [InlineData("Here's a photo of the pothole on Mill Road, someone's going to break their neck.")]
    [InlineData("Bilden på hunden som hittades i parken, vem äger den?")]
    [InlineData("Photos of the new playground, the kids love it.")]
    [InlineData("You had the guts to show the photo of the old bridge at the meeting, well done.")]
    [InlineData("Min näsa blöder ofta av den torra luften i klassrummen, kan ni fixa ventilationen?")]
    [InlineData("The video of the council meeting is up, the mayor is bleeding support after the school closures.")]
    public void Analyze_PhotosOfPlacesAndIdioms_AreNoGraphicContent(string text) => RemovalAssert.Answered(text);

    // A flea market, a question about paying a fine, and the council's own collection for a family.
    [Theory]
    [InlineData("Sälj ditt gamla skrot på loppisen i Folkets hus på lördag i stället för att slänga det!")]
    [InlineData("Can I pay to my bank the parking fine in instalments?")]
    [InlineData("Kommunen har öppnat en insamling för familjen efter branden, varje krona hjälper.")]
    public void Analyze_FleaMarketsQuestionsAndPublicCollections_AreNoAdvert(string text) => RemovalAssert.Answered(text);

    // A study of children near a motorway and grades in a district: no group is called inferior.
    [Theory]
    [InlineData("Barn som växer upp nära motorvägen får lägre IQ enligt en ny studie, gör något åt trafiken.")]
    [InlineData("Elever i Gottsunda har lägre betyg än snittet, kommunen måste satsa mer där.")]
    public void Analyze_IqStudiesAndGrades_AreNoHate(string text) => RemovalAssert.Answered(text);

    // The cow on the council farm and the ape at Skansen are animals, not names for a person.
    [Theory]
    [InlineData("Kon på kommunens gård har fått en kalv, så söt!")]
    [InlineData("Det är en apa på Skansen som heter Kalle.")]
    public void Analyze_AnimalsAsAnimals_AreNoInsult(string text) => RemovalAssert.Answered(text);

    // Calling until someone answers, complaining until the heating is fixed, an article that congratulates.
    [Theory]
    [InlineData("Jag fortsätter mejla tills någon på socialkontoret svarar om bostadsbidraget.")]
    [InlineData("I'll keep complaining until you fix the heating in the school.")]
    [InlineData("Jag har skrivit om dig i lokaltidningen, gratulerar till priset!")]
    public void Analyze_PersistentComplaintsAndPraise_AreNoHarassment(string text) => RemovalAssert.Answered(text);
}
