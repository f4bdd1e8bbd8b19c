using System.Text.Json;
using ModerationBot.BotFramework.Cards;
using ModerationBot.Cards;
using ModerationBot.Cards.CheckResult;
using ModerationBot.Core.Analysis;
using ModerationBot.Core.Guidance.Recommendations;
using ModerationBot.Localization;
using Xunit;

namespace ModerationBot.Tests.Cards.CheckResult;

public sealed class CheckResultCardTests
{
    private const string IdentityNumber = "19850315-2385";
    private const string Phone = "070-123 45 67";

    private static readonly TextLocalizer s_strict = new(MissingTextPolicy.Throw);
    private static readonly ModerationRecommender s_recommender = new();

    [Theory]
    [InlineData("sv")]
    [InlineData("en")]
    public void Build_CommentWithIdentityNumberAndPhone_NeverShowsThemInClear(string language)
    {
        var analysis = PersonalData(language);

        var json = Json(CheckResultCard.Build(analysis, s_recommender.Recommend(analysis, Platform.Facebook), s_strict.For(language)));

        Assert.DoesNotContain(IdentityNumber, json, StringComparison.Ordinal);
        Assert.DoesNotContain(Phone, json, StringComparison.Ordinal);
        Assert.Contains(analysis.Redacted, json, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_RealAnalysisOfCommentWithIdentityNumberPhoneAndThreat_ShowsOnlyMaskedText()
    {
        const string text = "Ring mig på 070-123 45 67, mitt personnummer är 19811218-9876. Jag ska döda dig om ni inte svarar.";
        var analysis = CommentAnalyzer.CreateDefault().Analyze(text);

        var card = CheckResultCard.Build(analysis, s_recommender.Recommend(analysis, Platform.Facebook), s_strict.For("sv"));

        var json = Json(card);
        Assert.DoesNotContain("070-123 45 67", json, StringComparison.Ordinal);
        Assert.DoesNotContain("19811218-9876", json, StringComparison.Ordinal);
        Assert.DoesNotContain("9876", json, StringComparison.Ordinal);
        Assert.Contains("Svara inte", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sv", "Kan vara ett dolt hot: läs kommentaren i sitt sammanhang och eskalera om den känns hotfull.")]
    [InlineData("en", "May be a veiled threat: read the comment in context and escalate if it feels menacing.")]
    public void Build_PossibleVeiledThreatNote_ShownAsWarningInModeratorLanguage(string language, string note)
    {
        const string text = "Your family must be proud of you. For now.";
        var analysis = new CommentAnalysis("en", ModerationAction.Review, [], null, [], [], [new AnalysisNote("possible_veiled_threat", 0, text.Length)], text);

        var card = Build(analysis, Platform.Facebook, language);

        var block = Assert.Single(card.Body.OfType<TextBlock>(), b => b.Text.StartsWith(note, StringComparison.Ordinal));
        Assert.Equal(TextColor.Warning, block.Color);
        Assert.DoesNotContain(card.Body.OfType<TextBlock>(), b => b.Text == s_strict.For(language)[TextKeys.CheckFindingsNone]);
    }

    [Theory]
    [InlineData("sv", "Oro för någon annan:")]
    [InlineData("en", "A concern for someone else:")]
    public void Build_ReportedConcern_ShowsTheNoteInModeratorLanguage(string language, string note)
    {
        var analysis = CommentAnalyzer.CreateDefault().Analyze("A man in a red jacket has been filming children at the outdoor pool and saying strange things to them.");

        var card = Build(analysis, Platform.Facebook, language);

        Assert.Equal(ModerationAction.Review, analysis.Action);
        var block = Assert.Single(card.Body.OfType<TextBlock>(), b => b.Text.StartsWith(note, StringComparison.Ordinal));
        Assert.Equal(TextColor.Warning, block.Color);
        Assert.DoesNotContain(card.Body.OfType<TextBlock>(), b => b.Text == s_strict.For(language)[TextKeys.CheckFindingsNone]);
    }

    [Fact]
    public void Build_RealAnalysisOfVeiledThreatTheRulesMiss_ShowsReviewAndTheNote()
    {
        var analysis = CommentAnalyzer.CreateDefault().Analyze("Socialsekreteraren har en lång promenad till parkeringen efter jobbet.");

        var json = Json(CheckResultCard.Build(analysis, s_recommender.Recommend(analysis, Platform.Facebook), s_strict.For("sv")));

        Assert.Equal(ModerationAction.Review, analysis.Action);
        Assert.Contains("Kan vara ett dolt hot", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sv", "hotet bedöms utifrån ordalagen som helhet", "Eskalera")]
    [InlineData("en", "the threat is judged from the wording as a whole", "Escalate")]
    public void Build_RealAnalysisOfMenaceTheRulesMiss_EscalateWithTheWordingNote(string language, string note, string verdict)
    {
        var analysis = CommentAnalyzer.CreateDefault().Analyze("Hoppas du njuter av din sista sommar i huset, handläggaren.");

        var json = Json(CheckResultCard.Build(analysis, s_recommender.Recommend(analysis, Platform.Facebook), s_strict.For(language)));

        Assert.Equal(ModerationAction.Escalate, analysis.Action);
        Assert.Contains(note, json, StringComparison.Ordinal);
        Assert.Contains(verdict, json, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("sv", "skälet bedöms utifrån ordalagen som helhet", "Ta bort")]
    [InlineData("en", "the ground is judged from the wording as a whole", "Remove")]
    public void Build_RealAnalysisOfRemovalGroundTheRulesMiss_RemoveWithTheWordingNote(string language, string note, string verdict)
    {
        var analysis = CommentAnalyzer.CreateDefault().Analyze("Alla vet att vaktmästaren på Björkskolan plockar med sig kopparledningar från byggena på nätterna.");

        var json = Json(CheckResultCard.Build(analysis, s_recommender.Recommend(analysis, Platform.Facebook), s_strict.For(language)));

        Assert.Equal(ModerationAction.Remove, analysis.Action);
        Assert.Contains(analysis.Notes, n => n.Type == AnalysisNoteTypes.RemovalByWording);
        Assert.Contains(note, json, StringComparison.Ordinal);
        Assert.Contains(verdict, json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Build_IdentityNumberWithWrongCheckDigit_IsStillMasked()
    {
        const string text = "Mitt personnummer är 19850315-2385, varför har ni inte svarat?";
        var analysis = CommentAnalyzer.CreateDefault().Analyze(text);

        var card = CheckResultCard.Build(analysis, s_recommender.Recommend(analysis, Platform.Facebook), s_strict.For("sv"));

        var json = Json(card);
        Assert.DoesNotContain("2385", json, StringComparison.Ordinal);
        Assert.Contains("kontrollsiffran stämmer inte", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sv", "Personuppgifter som inte får ligga kvar: ta bort kommentaren.", "Gör så här: ta bort kommentaren")]
    [InlineData("en", "Personal data that must not stay up: remove the comment.", "What to do: remove the comment")]
    public void Build_ModeratorLanguage_VerdictAndHeadingsInThatLanguage(string language, string verdict, string heading)
    {
        var card = Build(PersonalData("sv"), Platform.Facebook, language);

        var top = Assert.IsType<Container>(card.Body[0]);
        Assert.Equal(verdict, Assert.IsType<TextBlock>(top.Items[1]).Text);
        Assert.Equal(TextColor.Warning, Assert.IsType<TextBlock>(top.Items[1]).Color);
        Assert.Contains(card.Body.OfType<TextBlock>(), block => block.Text == heading);
        Assert.Equal(language, card.Lang);
    }

    [Fact]
    public void Build_Remove_ShowsEveryStepAndThePlatformNote()
    {
        var analysis = PersonalData("sv");
        var recommendation = s_recommender.Recommend(analysis, Platform.X);

        var json = Json(CheckResultCard.Build(analysis, recommendation, s_strict.For("sv")));

        Assert.All(recommendation.Steps, step => Assert.Contains(Escape(step.Text.Sv), json, StringComparison.Ordinal));
        Assert.Contains("bara dölja", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Remove_DraftsButtonRevealsRegistrarNoteAndMessageWithoutServerTrip()
    {
        var analysis = PersonalData("sv");
        var recommendation = s_recommender.Recommend(analysis, Platform.Facebook);

        var card = CheckResultCard.Build(analysis, recommendation, s_strict.For("sv"));

        var action = Assert.IsType<ShowCardAction>(Assert.Single(card.Actions));
        Assert.Equal("Skapa registratorsanteckning och meddelande", action.Title);
        var fields = action.Card.Body.OfType<TextInput>().ToList();
        Assert.Equal([recommendation.RegistrarNote, recommendation.AuthorMessage], fields.Select(field => field.Value));
    }

    [Fact]
    public void Build_Criticism_OffersDraftsAndTheCriticismDialogWithTheMaskedText()
    {
        var analysis = Reply("Nya tidtabellen är slöseri med pengar, [namn] borde skämmas.");
        var recommendation = s_recommender.Recommend(analysis, Platform.Facebook);

        var card = CheckResultCard.Build(analysis, recommendation, s_strict.For("en"));

        Assert.Equal(recommendation.ReplyDrafts, card.Body.OfType<TextInput>().Select(input => input.Value));
        var action = Assert.IsType<SubmitAction>(Assert.Single(card.Actions));
        Assert.Equal("Handle the criticism step by step", action.Title);
        var data = JsonSerializer.SerializeToElement(action.Data, AdaptiveCardJson.Options);
        Assert.Equal(CardCommands.CriticismStart, data.GetProperty(CardCommands.DataKey).GetString());
        Assert.Equal(analysis.Redacted, data.GetProperty(CardCommands.TextKey).GetString());
    }

    [Fact]
    public void Build_Praise_HasDraftsButNoCriticismButton()
    {
        var card = Build(Reply("Tack för en fantastisk festival!"), Platform.Facebook, "sv");

        Assert.Equal(2, card.Body.OfType<TextInput>().Count());
        Assert.Empty(card.Actions);
    }

    [Theory]
    [InlineData("sv", "Svara inte", "Eskalera till chef")]
    [InlineData("en", "Do not reply", "Escalate to manager")]
    public void Build_Threat_WarnsAndEscalateButtonExplainsWhomToCallAndThePolice(string language, string warning, string button)
    {
        var card = Build(Threat(), Platform.Facebook, language);

        var warningBlock = Assert.IsType<Container>(card.Body[1]);
        Assert.Equal(ContainerStyle.Attention, warningBlock.Style);
        Assert.Equal(warning, Assert.IsType<TextBlock>(warningBlock.Items[0]).Text);
        Assert.Empty(card.Body.OfType<TextInput>());
        var escalate = Assert.IsType<ShowCardAction>(card.Actions[0]);
        Assert.Equal(button, escalate.Title);
        var guidance = Json(escalate.Card);
        Assert.Contains("112", guidance, StringComparison.Ordinal);
        Assert.Contains("114 14", guidance, StringComparison.Ordinal);
        Assert.Contains("polisen.se", guidance, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ThreatWhenEscalationAvailable_SubmitsTheEscalationCommand()
    {
        var analysis = Threat();

        var card = CheckResultCard.Build(analysis, s_recommender.Recommend(analysis, Platform.Facebook), s_strict.For("sv"), new CheckResultOptions { EscalationAvailable = true });

        var action = Assert.IsType<SubmitAction>(card.Actions[0]);
        var data = JsonSerializer.SerializeToElement(action.Data, AdaptiveCardJson.Options);
        Assert.Equal(CardCommands.EscalationStart, data.GetProperty(CardCommands.DataKey).GetString());
    }

    [Fact]
    public void Build_PossibleThreatReviewWhenEscalationAvailable_OffersEscalationFirst()
    {
        const string text = "Socialsekreteraren har en lång promenad till parkeringen efter jobbet.";
        var analysis = new CommentAnalysis("sv", ModerationAction.Review, [], null, [], [], [new AnalysisNote("possible_veiled_threat", 0, text.Length)], text);

        var card = CheckResultCard.Build(analysis, s_recommender.Recommend(analysis, Platform.Facebook), s_strict.For("sv"), new CheckResultOptions { EscalationAvailable = true });

        var action = Assert.IsType<SubmitAction>(card.Actions[0]);
        var data = JsonSerializer.SerializeToElement(action.Data, AdaptiveCardJson.Options);
        Assert.Equal(CardCommands.EscalationStart, data.GetProperty(CardCommands.DataKey).GetString());
    }

    [Fact]
    public void Build_RemovalThatMayBeAThreatWhenEscalationAvailable_OffersEscalationBesideRemoval()
    {
        const string text = "Din jävla idiot, jag ska döda dig.";
        var analysis = new CommentAnalysis("sv", ModerationAction.Remove, [], null, [], [], [new AnalysisNote("threat_doubted_by_wording", 22, 33)], text);

        var card = CheckResultCard.Build(analysis, s_recommender.Recommend(analysis, Platform.Facebook), s_strict.For("sv"), new CheckResultOptions { EscalationAvailable = true });

        var action = Assert.IsType<SubmitAction>(card.Actions[0]);
        var data = JsonSerializer.SerializeToElement(action.Data, AdaptiveCardJson.Options);
        Assert.Equal(CardCommands.EscalationStart, data.GetProperty(CardCommands.DataKey).GetString());
        Assert.True(card.Actions.Count >= 2);
    }

    [Fact]
    public void Build_ReviewWithoutEscalationDraft_NoEscalateButton()
    {
        const string text = "Socialsekreteraren har en lång promenad till parkeringen efter jobbet.";
        var analysis = new CommentAnalysis("sv", ModerationAction.Review, [], null, [], [], [new AnalysisNote("possible_veiled_threat", 0, text.Length)], text);

        var card = CheckResultCard.Build(analysis, s_recommender.Recommend(analysis, Platform.Facebook), s_strict.For("sv"));

        Assert.DoesNotContain(card.Actions, a => a.Title == s_strict.For("sv")[TextKeys.CheckButtonEscalate]);
    }

    [Theory]
    [InlineData("sv", "Kan vara ett hot, men troligen inte")]
    [InlineData("en", "May be a threat, but probably not")]
    public void Build_ThreatDoubtedNote_ShownAsWarningInModeratorLanguage(string language, string note)
    {
        const string text = "Your days are numbered, Lasse! Enjoy your retirement.";
        var analysis = new CommentAnalysis("en", ModerationAction.Review, [], null, [], [], [new AnalysisNote("threat_doubted_by_wording", 0, 22)], text);

        var card = Build(analysis, Platform.Facebook, language);

        var block = Assert.Single(card.Body.OfType<TextBlock>(), b => b.Text.StartsWith(note, StringComparison.Ordinal));
        Assert.Equal(TextColor.Warning, block.Color);
    }

    [Fact]
    public void Build_CommentWithMarkdown_IsShownAsPlainText()
    {
        var card = Build(Reply("Läs [här](https://example.com) **nu**"), Platform.Facebook, "sv");

        var comment = card.Body.OfType<Container>().SelectMany(container => container.Items).OfType<RichTextBlock>().Single();
        Assert.Equal("Läs [här](https://example.com) **nu**", Assert.Single(comment.Inlines).Text);
    }

    [Fact]
    public void Build_VeryLongComment_IsShortened()
    {
        var card = Build(Reply(new string('a', 5000)), Platform.Facebook, "sv");

        var comment = card.Body.OfType<Container>().SelectMany(container => container.Items).OfType<RichTextBlock>().Single();
        Assert.Equal(1501, comment.Inlines[0].Text.Length);
    }

    [Fact]
    public void Build_FindingsShowWhatRuleAndSource()
    {
        var json = Json(Build(PersonalData("sv"), Platform.Facebook, "en"));

        Assert.Contains("Personal identity number", json, StringComparison.Ordinal);
        Assert.Contains("Rule: Uppsala kommun, Rutin: Arbeta med sociala medier (2022), section", json, StringComparison.Ordinal);
        Assert.Contains("must not be public", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Gallery_EveryCheckResult_HasAtMostFiveActionsPerRow()
    {
        var cards = CardGallery.Build(s_strict).Where(card => card.Name.StartsWith("check-result", StringComparison.Ordinal)).ToList();

        Assert.Equal(18, cards.Count);
        Assert.All(cards, card => Assert.InRange(card.Card.Actions.Count, 0, 5));
        Assert.All(cards, card => Assert.All(card.Card.Actions.OfType<ShowCardAction>(), show => Assert.InRange(show.Card.Actions.Count, 0, 5)));
    }

    private static AdaptiveCard Build(CommentAnalysis analysis, Platform platform, string language) =>
        CheckResultCard.Build(analysis, s_recommender.Recommend(analysis, platform), s_strict.For(language));

    private static string Json(AdaptiveCard card) => JsonSerializer.Serialize(card.ToJson(), new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static string Escape(string text) => JsonSerializer.Serialize(text, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })[1..^1];

    private static PolicyBasis Basis(string ruleId) => new(
        ruleId, "Uppsala kommun, Rutin: Arbeta med sociala medier (2022)", "Sociala medier och personuppgifter",
        new LocalizedText("Får inte ligga öppet.", "This must not be public."));

    private static CommentAnalysis PersonalData(string language) => new(
        language,
        ModerationAction.Remove,
        [],
        null,
        [
            new PersonalDataFinding(PersonalDataType.PersonalIdentityNumber, 16, 29, Basis("personal_data.identity_number")),
            new PersonalDataFinding(PersonalDataType.PhoneNumber, 36, 49, Basis("personal_data.contact_details")),
        ],
        [],
        [],
        "Mitt personnummer [personnummer], ring [telefon]");

    private static CommentAnalysis Reply(string redacted) => new("sv", ModerationAction.Reply, [], null, [], [], [], redacted);

    private static CommentAnalysis Threat() => new(
        "sv",
        ModerationAction.Escalate,
        [new RuleFinding(RuleId.Threat, 0.9, 0, 10, Basis("rules.threat"))],
        new ThreatAssessment(ThreatSeverity.High, ThreatTarget.Staff),
        [],
        [],
        [],
        "Jag ska ta [namn]");
}
