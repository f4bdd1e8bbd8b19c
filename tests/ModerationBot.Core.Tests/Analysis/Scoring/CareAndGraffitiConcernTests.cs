using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Scoring;

/// <summary>
/// Two more reports of danger to others: people in care locked in by staff, and a death wish painted in public. Bikes
/// locked in a shed and ordinary graffiti complaints are answered as before.
/// </summary>
public sealed class CareAndGraffitiConcernTests
{
    [Theory]
    [InlineData("Natt personalen på äldreboendet låser in dem på rummen om de är oroliga.")]
    [InlineData("I've heard that night staff at the care home lock them in their rooms after ten.")]
    [InlineData("Någon har sprejat \"död åt kommunalrådet\" på bron vid ån.")]
    [InlineData("Someone spray-painted \"death to the council\" on the underpass wall.")]
    public void Analyze_ReportOfLockingInOrDeathWishGraffiti_GoesToReviewWithNote(string text)
    {
        var analysis = AnalyzerFixture.Rules.Analyze(text);

        Assert.Equal(ModerationAction.Review, analysis.Action);
        Assert.Contains(analysis.Notes, n => n.Type == AnalysisNoteTypes.ReportedConcern);
        Assert.Null(analysis.Threat);
    }

    [Theory]
    [InlineData("Vi låser in cyklarna i förrådet på natten.")]
    [InlineData("Det är mycket klotter vid stationen, när tvättar ni bort det?")]
    [InlineData("The graffiti on the school wall is actually really nice.")]
    public void Analyze_LockedBikesOrPlainGraffiti_RaisesNoConcern(string text)
    {
        var analysis = AnalyzerFixture.Rules.Analyze(text);

        Assert.DoesNotContain(analysis.Notes, n => n.Type == AnalysisNoteTypes.ReportedConcern);
    }
}
