using ModerationBot.Core.Analysis;
using ModerationBot.Core.Guidance.Recommendations;
using Xunit;

namespace ModerationBot.Core.Tests.Guidance.Recommendations;

/// <summary>The recommender on real analyses from <see cref="CommentAnalyzer"/>, from comment text to advice.</summary>
public sealed class EngineRecommendationTests
{
    private static readonly CommentAnalyzer s_analyzer = CommentAnalyzer.CreateDefault();
    private readonly ModerationRecommender _sut = new();

    [Fact]
    public void Recommend_CommentWithIdentityNumberAndPhone_RemovesWithoutRepeatingThem()
    {
        const string text = "Min granne har personnummer 19811218-9876 och nås på 070-123 45 67";

        var result = _sut.Recommend(s_analyzer.Analyze(text), Platform.Facebook);

        Assert.Equal(ModerationAction.Remove, result.Action);
        var everything = string.Join("\n", result.RegistrarNote, result.AuthorMessage, string.Join("\n", result.ReplyDrafts));
        Assert.DoesNotContain("19811218-9876", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("070-123 45 67", everything, StringComparison.Ordinal);
        Assert.Contains("Personnummer", result.RegistrarNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_ThreatAgainstStaff_Escalates()
    {
        var result = _sut.Recommend(s_analyzer.Analyze("Jag ska döda dig om ni inte stänger förskolan, jag vet var du bor"), Platform.X);

        Assert.Equal(Verdict.Threat, result.Verdict);
        Assert.Empty(result.ReplyDrafts);
    }

    [Fact]
    public void Recommend_HealthDataAboutANeighbour_Removes()
    {
        var result = _sut.Recommend(s_analyzer.Analyze("Min granne är alkoholiserad och har HIV"), Platform.Facebook);

        Assert.Equal(Verdict.SensitiveDataAboutOthers, result.Verdict);
        Assert.Equal(ModerationAction.Remove, result.Action);
    }

    [Fact]
    public void Recommend_WriterSharesOwnHealth_RepliesWithoutRepeatingIt()
    {
        var result = _sut.Recommend(s_analyzer.Analyze("Jag har diabetes och undrar om jag kan få hjälp med färdtjänst?"), Platform.Facebook);

        Assert.Equal(Verdict.SensitiveDataAboutAuthor, result.Verdict);
        Assert.All(result.ReplyDrafts, draft => Assert.DoesNotContain("diabetes", draft, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Recommend_EnglishQuestion_DraftsInEnglish()
    {
        var result = _sut.Recommend(s_analyzer.Analyze("When will the library open again after the renovation?"), Platform.Facebook);

        Assert.Equal("en", result.Language);
        Assert.Equal(Verdict.Question, result.Verdict);
        Assert.All(result.ReplyDrafts, draft => Assert.EndsWith("/The municipality", draft, StringComparison.Ordinal));
    }
}
