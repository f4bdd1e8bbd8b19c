using ModerationBot.Core.Analysis;
using ModerationBot.Core.Analysis.Lexicons;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Rules;

public sealed class LexiconMatchingTests
{
    // TextContext keeps each token's cues as bits of one UInt128; a 129th cue would share a bit with the first
    // (a shift by 128 is a shift by 0) and every word of it would read as a violent verb.
    [Fact]
    public void Cue_EveryKind_HasABitOfItsOwn()
    {
        Assert.All(Enum.GetValues<Cue>(), cue => Assert.InRange((int)cue, 0, 127));
    }

    [Theory]
    [InlineData("Du är en idiot.")]
    [InlineData("Ni är idioter allihop.")]
    [InlineData("Idioten på kontoret svarar aldrig.")]
    [InlineData("Kommunalrådet är en jubelidiot.")]
    [InlineData("Du är en h0ra.")]
    [InlineData("i.d.i.o.t.e.r hela bunten")]
    [InlineData("You are such a moron.")]
    public void Analyze_InsultInflectedCompoundedOrObfuscated_IsInsult(string text)
    {
        var result = AnalyzerFixture.Analyzer.Analyze(text);

        Assert.Contains(result.Rules, r => r.Rule == RuleId.Insult);
        Assert.Equal(ModerationAction.Remove, result.Action);
    }

    [Theory]
    [InlineData("Hoten mot personalen måste tas på allvar, vad gör ni?", false)]
    [InlineData("Du kommer att få dödshot är vad du förtjänar.", true)]
    public void Analyze_ThreatNounInflectionsAndCompounds_NeedAThreatFrame(string text, bool threat)
    {
        Assert.Equal(threat, AnalyzerFixture.Analyzer.Analyze(text).Threat is not null);
    }

    [Fact]
    public void Analyze_CursingCompoundAboutPeople_IsInsultAndProfanity()
    {
        var result = AnalyzerFixture.Analyzer.Analyze("Rasistjävlar i nämnden!");

        Assert.Contains(result.Rules, r => r.Rule == RuleId.Insult);
        Assert.Contains(result.Rules, r => r.Rule == RuleId.Profanity);
    }

    [Fact]
    public void Analyze_CursingCompoundWithSlur_IsHateSpeech()
    {
        var result = AnalyzerFixture.Analyzer.Analyze("Svartskallejävlar förstör allt.");

        Assert.Contains(result.Rules, r => r.Rule == RuleId.HateSpeech);
    }

    [Theory]
    [InlineData("Vilket korkat beslut att stänga biblioteket.")]
    [InlineData("What a stupid decision to close the pool.")]
    [InlineData("Helt inkompetent hantering av budgeten.")]
    [InlineData("Ni borde skämmas, det här är en skandal.")]
    public void Analyze_SharpCriticismOfDecisions_StaysReplyWithoutRules(string text)
    {
        var result = AnalyzerFixture.Analyzer.Analyze(text);

        Assert.Empty(result.Rules);
        Assert.Equal(ModerationAction.Reply, result.Action);
    }

    [Theory]
    [InlineData("Fan vad dåligt det är med snöröjningen.")]
    [InlineData("This is fucking ridiculous.")]
    public void Analyze_Swearing_IsProfanityNotInsult(string text)
    {
        var result = AnalyzerFixture.Analyzer.Analyze(text);

        Assert.Contains(result.Rules, r => r.Rule == RuleId.Profanity);
        Assert.DoesNotContain(result.Rules, r => r.Rule == RuleId.Insult);
    }

    [Fact]
    public void Analyze_EnglishFanInEnglishComment_IsNotProfanity()
    {
        Assert.Empty(AnalyzerFixture.Analyzer.Analyze("I am a big fan of the new library, thank you!").Rules);
    }

    [Theory]
    [InlineData("Köp nu! Solceller till halva priset, endast 19 900 kr. Besök www.billigsol.example", RuleId.Commercial)]
    [InlineData("Klicka här http://pengar.example http://pengar.example tjäna pengar hemifrån!!!", RuleId.Spam)]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", RuleId.Spam)]
    public void Analyze_AdvertisingAndSpam_AreRemoved(string text, RuleId rule)
    {
        var result = AnalyzerFixture.Analyzer.Analyze(text);

        Assert.Contains(result.Rules, r => r.Rule == rule);
        Assert.Equal(ModerationAction.Remove, result.Action);
    }

    [Fact]
    public void Analyze_AnyFinding_CarriesPolicyBasisInBothLanguages()
    {
        var result = AnalyzerFixture.Analyzer.Analyze("Du är en idiot, ring mig på 070-123 45 67. Min granne Per är alkoholist.");

        Assert.NotEmpty(result.Rules);
        Assert.NotEmpty(result.PersonalData);
        Assert.NotEmpty(result.SensitiveData);
        var bases = result.Rules.Select(r => r.Basis).Concat(result.PersonalData.Select(p => p.Basis)).Concat(result.SensitiveData.Select(s => s.Basis));
        Assert.All(bases, b =>
        {
            Assert.False(string.IsNullOrWhiteSpace(b.RuleId));
            Assert.False(string.IsNullOrWhiteSpace(b.Source));
            Assert.False(string.IsNullOrWhiteSpace(b.Section));
            Assert.False(string.IsNullOrWhiteSpace(b.Explanation.Sv));
            Assert.False(string.IsNullOrWhiteSpace(b.Explanation.En));
        });
    }
}
