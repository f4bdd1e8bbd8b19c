using ModerationBot.Core.Analysis;
using ModerationBot.Core.Analysis.Threats;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Threats;

/// <summary>An intransitive verb with the writer as its subject ("så dör jag") harms nobody else.</summary>
public sealed class WriterSufferingTests
{
    [Theory]
    [InlineData("Om de stänger simhallen så dör jag.")]
    [InlineData("Jag dör om jag måste vänta en vecka till på bygglovet.")]
    [InlineData("Stänger ni gymmet dör jag lite inombords.")]
    public void Analyze_WriterDiesOfADecision_IsNotAThreat(string text)
    {
        Assert.Null(AnalyzerFixture.Rules.Analyze(text).Threat);
    }

    [Fact]
    public void Analyze_WriterDiesInEnglish_IsNotEscalatedByTheNet()
    {
        Assert.NotEqual(ModerationAction.Escalate, AnalyzerFixture.Analyzer.Analyze("I'll literally die if they close the outdoor pool this summer.").Action);
    }

    [Theory]
    [InlineData("Jag bränner ner ert kontor om ni nekar mig.")]
    [InlineData("Du ska dö om du kommer hit igen.")]
    public void Analyze_TransitiveOrAimedAtTheAddressee_StaysAThreat(string text)
    {
        Assert.NotNull(AnalyzerFixture.Rules.Analyze(text).Threat);
    }

    [Theory]
    [InlineData("Fråga: får man bygga ett attefallshus närmare än fyra meter från tomtgränsen?", false)]
    [InlineData("Om ni stänger badet så dör jag.", false)]
    [InlineData("Om ni stänger badet så får ni se vad som händer.", true)]
    [InlineData("Ett par molotovs genom fönstret på socialkontoret så kanske de börjar lyssna", true)]
    [InlineData("I'm going to cut the social worker who took my son.", true)]
    public void BearsThreat_WordsThatCanCarryAThreat_AreFound(string text, bool expected)
    {
        Assert.Equal(expected, MenaceClassifier.BearsThreat(MenaceClassifier.Prepare(text)));
    }
}
