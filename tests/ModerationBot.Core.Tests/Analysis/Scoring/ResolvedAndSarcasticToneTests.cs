using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Scoring;

/// <summary>
/// Praise the lexicon did not know (a job well done, a good atmosphere, looking forward to an event, a problem reported
/// as solved) needs no answer; thanks for nothing, timing "as usual" and praised priorities are sarcasm and do.
/// </summary>
public sealed class ResolvedAndSarcasticToneTests
{
    [Theory]
    [InlineData("Kanonbra insats av räddningstjänsten i helgen.")]
    [InlineData("Great atmosphere at the football final last night.")]
    [InlineData("Looking forward to the Christmas market on Saturday!")]
    [InlineData("Problemet är löst nu, tack för hjälpen!")]
    [InlineData("The issue has been resolved, thanks to the lady at the front desk.")]
    [InlineData("Tack för snabbt svar igår, problemet har löst sig.")]
    [InlineData("Congrats to the girls' relay team on the gold!")]
    [InlineData("The fells at sunrise today were stunning.")]
    [InlineData("Well deserved prize for the librarians, keep it up.")]
    public void Analyze_PraiseOrSolvedProblem_NeedsNoAction(string text)
    {
        Assert.Equal(ModerationAction.None, AnalyzerFixture.Analyzer.Analyze(text).Action);
    }

    [Theory]
    [InlineData("Great timing as always, the bus left two minutes early again.")]
    [InlineData("Tack för inget, tre veckor utan svar från bygglov.")]
    [InlineData("Thanks for nothing, the bins are still not collected.")]
    [InlineData("Snyggt prioriterat att bygga en padelhall när skolan läcker.")]
    [InlineData("Way to prioritise, a new logo while the pool is closed.")]
    [InlineData("Jaha, så nu stänger simhallen hela sommaren. Bra jobbat.")]
    [InlineData("Ni har lyckats med konststycket att höja taxan och sänka servicen samtidigt. Imponerande.")]
    [InlineData("Riktigt bra prioriteringar i budgeten i år, äntligen satsar ni på skolan.")]
    public void Analyze_SarcasticPraise_NeedsAnAnswer(string text)
    {
        Assert.Equal(ModerationAction.Reply, AnalyzerFixture.Analyzer.Analyze(text).Action);
    }

    // A request for an answer and doubt about a fix still ask for a reply, whatever praise is around them.
    [Theory]
    [InlineData("Ser fram emot ert svar.")]
    [InlineData("Looking forward to your reply.")]
    [InlineData("Ni påstår att problemet är löst men det luktar fortfarande avlopp i källaren.")]
    [InlineData("You claim the problem is solved, but the water is still brown.")]
    public void Analyze_RequestOrDoubtNextToPraise_NeedsAnAnswer(string text)
    {
        Assert.Equal(ModerationAction.Reply, AnalyzerFixture.Analyzer.Analyze(text).Action);
    }

    // Genuine praise keeps its words: timing and "som vanligt" are praise when nothing is "again" or "as always" late.
    [Theory]
    [InlineData("Perfekt timing med snöröjningen i morse, tack!")]
    [InlineData("Som vanligt fantastisk personal på biblioteket, tack!")]
    public void Analyze_GenuinePraiseWithTimingWords_NeedsNoAction(string text)
    {
        Assert.Equal(ModerationAction.None, AnalyzerFixture.Analyzer.Analyze(text).Action);
    }

    // Praise, a contrast and something missing: a complaint put politely.
    [Theory]
    [InlineData("Fin park men inga bänkar att sitta på.")]
    [InlineData("Snygg ny hemsida men ingen sökfunktion.")]
    [InlineData("Nice playground, but no shade anywhere for the little ones.")]
    [InlineData("Lovely new library but there is no step-free entrance.")]
    public void Analyze_PraiseThenSomethingMissing_NeedsAnAnswer(string text)
    {
        Assert.Equal(ModerationAction.Reply, AnalyzerFixture.Analyzer.Analyze(text).Action);
    }

    [Theory]
    [InlineData("Lite kallt men helt underbart på isen idag!")]
    [InlineData("Thanks, but no worries, I found it myself.")]
    [InlineData("Great concert, not a single empty seat!")]
    public void Analyze_ContrastTowardsPraiseOrReassurance_NeedsNoAction(string text)
    {
        Assert.Equal(ModerationAction.None, AnalyzerFixture.Analyzer.Analyze(text).Action);
    }

    // A question typed without its question mark, opened by "ok men", "so", "and": the question word still asks.
    [Theory]
    [InlineData("ok men vem har bestämt att bryggan ska rivas 😂")]
    [InlineData("Men varför stänger biblioteket redan klockan fyra 😊")]
    [InlineData("So who decided the library closes at four, love the new shelves though 👍")]
    [InlineData("And why is the pool shut again, great staff otherwise 🙂")]
    public void Analyze_QuestionWordAfterOpeners_NeedsAnAnswer(string text)
    {
        Assert.Equal(ModerationAction.Reply, AnalyzerFixture.Analyzer.Analyze(text).Action);
    }

    [Theory]
    [InlineData("Och när solen gick ner var det magiskt på torget 😍")]
    [InlineData("And what a lovely evening it was, thank you 😊")]
    [InlineData("Tack till alla som hjälpte till, och vem kunde ana att det skulle bli så lyckat 🎉")]
    public void Analyze_ClauseOrExclamationAfterOpeners_NeedsNoAction(string text)
    {
        Assert.Equal(ModerationAction.None, AnalyzerFixture.Analyzer.Analyze(text).Action);
    }
}
