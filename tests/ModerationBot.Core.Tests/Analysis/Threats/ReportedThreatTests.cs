using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Threats;

/// <summary>Someone else's threat retold by the writer goes to review, with no threat.</summary>
public sealed class ReportedThreatTests
{
    [Theory]
    [InlineData("En kille i klassen skrev till min son att de skulle 'fixa honom' på rasten. Vad gör skolan?")]
    [InlineData("My daughter got a text saying she'd be beaten up on the way home. Who do I contact at the school?")]
    [InlineData("Someone posted that they would burn down the youth centre. Have you told the police?")]
    [InlineData("Han på bensinmacken säger att han ska ”prata med” nya läraren. Jag tror inte han menar prata.")]
    [InlineData("In the parent chat somebody keeps saying he'll 'sort out' the bus driver. Thought you should know.")]
    [InlineData("På Facebook skriver folk att de ska ”hälsa på” familjen som flyttade in på Storgatan.")]
    public void Analyze_RetoldThreat_GoesToReviewWithNoneFound(string text)
    {
        var analysis = AnalyzerFixture.Analyzer.Analyze(text);

        Assert.Null(analysis.Threat);
        Assert.Equal(ModerationAction.Review, analysis.Action);
    }

    [Theory]
    [InlineData("Kommunen sa att de skulle 'se över' busstiderna, men inget har hänt.")]
    [InlineData("Rektorn sa att de skulle slå ihop klasserna i höst.")]
    [InlineData("Socialsekreteraren sa att hon skulle 'återkomma' till mig. Det var i mars.")]
    [InlineData("They said they would 'look into' my complaint, three months ago now.")]
    public void Analyze_RetoldPromiseWithoutHarm_IsNotReviewed(string text)
    {
        var analysis = AnalyzerFixture.Analyzer.Analyze(text);

        Assert.Null(analysis.Threat);
        Assert.NotEqual(ModerationAction.Review, analysis.Action);
    }
}
