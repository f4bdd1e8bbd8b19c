using ModerationBot.Core.Analysis;
using ModerationBot.Core.Policy;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Scoring;

/// <summary>
/// Reports of danger to others break no rule but need a moderator: children filmed or photographed, a fake account or
/// a scam, a threat retold from an sms or a comment. Ordinary comments with the same words are answered as before.
/// </summary>
public sealed class ConcernSignalTests
{
    [Theory]
    [InlineData("En äldre man har fotograferat barnen vid plaskdammen flera dagar i rad. Vem ska man kontakta?")]
    [InlineData("Some guy keeps photographing the kids at the skate park from his car. Who do we call?")]
    [InlineData("En fritidsledare lägger ut bilder på eleverna på sitt privata instagram, är det tillåtet?")]
    [InlineData("Profilerna som kommenterar under varje inlägg om vindkraften är samma person, det syns på språket.")]
    [InlineData("There's a fake account using the council logo that sends DMs saying you've won a gift card.")]
    [InlineData("Min son fick ett meddelande på Snapchat där det stod att han skulle få stryk efter skolan.")]
    [InlineData("Someone commented on the youth club page that they would bring a knife to the disco.")]
    [InlineData("En kille skrev i gruppen att han tänker \"ta itu med\" läraren efter lektionen, jag vet inte vad han menar.")]
    public void Analyze_ReportOfDangerToOthers_GoesToReviewWithNote(string text)
    {
        var analysis = AnalyzerFixture.Rules.Analyze(text);

        Assert.Equal(ModerationAction.Review, analysis.Action);
        Assert.Contains(analysis.Notes, n => n.Type == AnalysisNoteTypes.ReportedConcern);
        Assert.Null(analysis.Threat);
    }

    [Theory]
    [InlineData("Vi filmade barnen på luciatåget, så fint arrangerat!")]
    [InlineData("I photographed the kids at the sports day, thanks to the staff for a great day.")]
    [InlineData("Kan man betala barnens avgift för fritids från kontot direkt?")]
    [InlineData("Why does the library's account never answer messages about the children's section?")]
    [InlineData("Kommunen skrev att de ska \"se över\" rutinerna för skolskjutsen. När då?")]
    [InlineData("Jag fick ett sms om att soptömningen skulle flyttas till tisdag, stämmer det?")]
    [InlineData("The same person has run the allotment society for twenty years and deserves a thank you.")]
    public void Analyze_OrdinaryCommentWithConcernWords_IsNotSentToReview(string text)
    {
        var analysis = AnalyzerFixture.Rules.Analyze(text);

        Assert.NotEqual(ModerationAction.Review, analysis.Action);
        Assert.DoesNotContain(analysis.Notes, n => n.Type == AnalysisNoteTypes.ReportedConcern);
    }

    [Fact]
    public void Default_ReportedConcern_RecommendsReviewInBothLanguages()
    {
        var rule = PolicyPack.Default["reported_concern"];

        Assert.Equal(ModerationAction.Review, rule.Action);
        Assert.False(string.IsNullOrWhiteSpace(rule.Explanation.Sv));
        Assert.False(string.IsNullOrWhiteSpace(rule.Explanation.En));
        Assert.NotEqual(rule.Explanation.Sv, rule.Explanation.En);
    }
}
