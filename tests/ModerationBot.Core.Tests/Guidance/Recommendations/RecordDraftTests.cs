using ModerationBot.Core.Analysis;
using ModerationBot.Core.Guidance.Recommendations;
using Xunit;

namespace ModerationBot.Core.Tests.Guidance.Recommendations;

public sealed class RecordDraftTests
{
    private readonly ModerationRecommender _sut = new();

    [Fact]
    public void Recommend_Remove_RegistrarNoteNamesRuleSourceAndAction()
    {
        var note = _sut.Recommend(AnalysisSamples.PersonalData(), Platform.Facebook, "https://facebook.com/kommunen/posts/1")!.RegistrarNote;

        Assert.NotNull(note);
        Assert.Contains("Datum: [ÅÅÅÅ-MM-DD]", note, StringComparison.Ordinal);
        Assert.Contains("Plattform: Facebook", note, StringComparison.Ordinal);
        Assert.Contains("https://facebook.com/kommunen/posts/1", note, StringComparison.Ordinal);
        Assert.Contains("Personnummer", note, StringComparison.Ordinal);
        Assert.Contains("Uppsala kommun, Rutin: Arbeta med sociala medier (2022)", note, StringComparison.Ordinal);
        Assert.Contains("Uppsala kommuns regler för kommentarsfälten", note, StringComparison.Ordinal);
        Assert.Contains("togs sedan bort", note, StringComparison.Ordinal);
        Assert.Contains("[personnummer]", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_RemoveWithoutLink_LeavesALinkPlaceholder()
    {
        var note = _sut.Recommend(AnalysisSamples.PersonalData(), Platform.Instagram).RegistrarNote;

        Assert.Contains("Länk: [länk till kommentaren]", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_EnglishComment_WritesNoteAndMessageInEnglish()
    {
        var result = _sut.Recommend(AnalysisSamples.PersonalData("en"), Platform.X);

        Assert.StartsWith("Date: [YYYY-MM-DD]", result.RegistrarNote, StringComparison.Ordinal);
        Assert.Contains("Personal identity number", result.RegistrarNote, StringComparison.Ordinal);
        Assert.StartsWith("Hi! We have removed your comment on our X page", result.AuthorMessage, StringComparison.Ordinal);
        Assert.EndsWith("\n/The municipality", result.AuthorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_Remove_MessageToWriterCitesTheRulesKindly()
    {
        var message = new ModerationRecommender("Uppsala kommun").Recommend(AnalysisSamples.PersonalData(), Platform.Facebook).AuthorMessage;

        Assert.NotNull(message);
        Assert.StartsWith("Hej!", message, StringComparison.Ordinal);
        Assert.Contains("personnummer, telefonnummer, e-postadress", message, StringComparison.Ordinal);
        Assert.Contains("[länk till kommentarsreglerna]", message, StringComparison.Ordinal);
        Assert.EndsWith("\n/Uppsala kommun", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_Threat_RegistrarNoteSaysItWasNotAnswered()
    {
        var note = _sut.Recommend(AnalysisSamples.Threat(), Platform.Facebook).RegistrarNote;

        Assert.Contains("Hot (", note, StringComparison.Ordinal);
        Assert.Contains("besvarades inte", note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Platform.Facebook, "sv")]
    [InlineData(Platform.X, "en")]
    public void Recommend_PersonalData_NoTextRepeatsTheClearPersonalData(Platform platform, string language)
    {
        var result = _sut.Recommend(AnalysisSamples.PersonalData(language), platform);
        var everything = string.Join("\n", [result.RegistrarNote!, result.AuthorMessage!, .. result.ReplyDrafts,
            .. result.Steps.Select(step => step.Text.Sv + step.Text.En),
            .. result.Findings.Select(finding => finding.What.Sv + finding.What.En)]);

        Assert.DoesNotContain(AnalysisSamples.IdentityNumber, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(AnalysisSamples.Phone, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(AnalysisSamples.Email, everything, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_Findings_OnePerKindWithItsPolicyBasis()
    {
        var analysis = AnalysisSamples.PersonalData() with
        {
            PersonalData = [.. AnalysisSamples.PersonalData().PersonalData, new PersonalDataFinding(PersonalDataType.PhoneNumber, 0, 5, AnalysisSamples.Basis("personal_data.contact_details"))],
        };

        var findings = _sut.Recommend(analysis, Platform.Facebook).Findings;

        Assert.Equal(["Personnummer", "Telefonnummer", "E-postadress"], findings.Select(finding => finding.What.Sv));
        Assert.Equal("personal_data.identity_number", findings[0].Basis.RuleId);
    }

    [Fact]
    public void Recommend_SensitiveAboutOthers_NamesWhomTheDataIsAbout()
    {
        var finding = Assert.Single(_sut.Recommend(AnalysisSamples.Sensitive(DataSubject.Other), Platform.Facebook).Findings);

        Assert.Equal("Känslig personuppgift om någon annan (hälsa)", finding.What.Sv);
        Assert.Equal("Sensitive data about someone else (health)", finding.What.En);
    }
}
