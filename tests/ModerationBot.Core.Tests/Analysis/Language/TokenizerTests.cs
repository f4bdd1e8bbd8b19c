using ModerationBot.Core.Analysis.Language;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Language;

public sealed class TokenizerTests
{
    [Fact]
    public void Tokenize_SwedishText_KeepsOffsetsIntoOriginal()
    {
        const string text = "Hej! Varför ÄR vägen stängd?";

        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(["hej", "varför", "är", "vägen", "stängd"], tokens.Select(t => t.Norm));
        Assert.All(tokens, t => Assert.Equal(t.Norm, text[t.Start..t.End].ToLowerInvariant()));
        Assert.Equal(0, tokens[0].Sentence);
        Assert.Equal(1, tokens[1].Sentence);
    }

    [Theory]
    [InlineData("Grannen i nr. 12 är dement")]
    [InlineData("Vi kommer kl. 8 och betalar ca. 50 kr")]
    [InlineData("Barnen, t.ex. de på Solbacka, fryser")]
    [InlineData("The pool is 4.5 metres deep")]
    public void Tokenize_FullStopOfAbbreviationOrNumber_DoesNotEndTheSentence(string text)
    {
        Assert.All(Tokenizer.Tokenize(text), t => Assert.Equal(0, t.Sentence));
    }

    // "no. 12" must not read as the negation "no" ("My neighbour at no. 12 has dementia" states a fact).
    [Theory]
    [InlineData("at no. 12 has", "no.")]
    [InlineData("bor i nr.4", "nr.")]
    public void Tokenize_AbbreviationBeforeNumber_KeepsItsFullStop(string text, string expected)
    {
        Assert.Contains(expected, Tokenizer.Tokenize(text).Select(t => t.Norm));
        Assert.DoesNotContain(expected.TrimEnd('.'), Tokenizer.Tokenize(text).Select(t => t.Norm));
    }

    [Theory]
    [InlineData("Vägen är stängd. 12 bilar står i kö", 3)]
    [InlineData("Det är kallt. men skolan har inte värme", 3)]
    public void Tokenize_FullStopAfterAWord_EndsTheSentence(string text, int firstOfSecond)
    {
        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(0, tokens[firstOfSecond - 1].Sentence);
        Assert.Equal(1, tokens[firstOfSecond].Sentence);
    }

    [Theory]
    [InlineData("h0ra", "hora")]
    [InlineData("1d10t", "idiot")]
    [InlineData("jäääääävla", "jävla")]
    [InlineData("Café", "cafe")]
    public void Tokenize_ObfuscatedOrAccentedWord_NormalisesToLexiconForm(string word, string expected)
    {
        var token = Assert.Single(Tokenizer.Tokenize(word));

        Assert.Equal(expected, token.Norm);
        Assert.Equal((0, word.Length), (token.Start, token.End));
    }

    [Fact]
    public void Tokenize_SpelledOutLetters_JoinIntoOneWordSpanningThemAll()
    {
        const string text = "ni är i.d.i.o.t.e.r";

        var last = Tokenizer.Tokenize(text)[^1];

        Assert.Equal("idioter", last.Norm);
        Assert.Equal(text.Length, last.End);
    }

    [Fact]
    public void Tokenize_Url_IsOneToken()
    {
        var tokens = Tokenizer.Tokenize("Se https://example.com/a?b=c nu");

        Assert.True(tokens[1].Has(TokenFlags.Url));
        Assert.Equal("nu", tokens[2].Norm);
    }

    [Fact]
    public void Tokenize_MentionAndQuote_AreFlagged()
    {
        var tokens = Tokenizer.Tokenize("@Karin skrev 'hej då'");

        Assert.True(tokens[0].Has(TokenFlags.Mention));
        Assert.True(tokens[2].Has(TokenFlags.Quoted));
        Assert.False(tokens[1].Has(TokenFlags.Quoted));
    }
}
