using ModerationBot.Core.Guidance.Recommendations;
using Xunit;

namespace ModerationBot.Core.Tests.Guidance.Recommendations;

public sealed class ReplyDraftTests
{
    private static readonly string[] s_swedishComments =
    [
        "När öppnar badhuset igen?",
        "Varför plogas inte vår gata?",
        "Det här är slöseri med skattepengar.",
        "Skolmaten har blivit sämre i år.",
        "Tack för en fantastisk festival!",
        "Bra jobbat med nya cykelbanan",
        "Hur söker man bygglov för ett garage?",
        "Ni lyssnar aldrig på oss som bor här.",
    ];

    private readonly ModerationRecommender _sut = new();

    [Theory]
    [MemberData(nameof(SwedishComments))]
    public void Recommend_ReplyComment_GivesTwoOrThreeDistinctDraftsSignedByTheOrganisation(string comment)
    {
        var drafts = _sut.Recommend(AnalysisSamples.Reply(comment), Platform.Facebook).ReplyDrafts;

        Assert.InRange(drafts.Count, 2, 3);
        Assert.Equal(drafts.Count, drafts.Distinct().Count());
        Assert.All(drafts, draft => Assert.EndsWith("\n/Kommunen", draft, StringComparison.Ordinal));
        Assert.Equal(drafts.Count, drafts.Select(draft => string.Join(' ', draft.Split(' ').Take(3))).Distinct().Count());
    }

    [Fact]
    public void Recommend_SameComment_GivesTheSameDrafts()
    {
        var first = _sut.Recommend(AnalysisSamples.Reply("Varför plogas inte vår gata?"), Platform.Facebook).ReplyDrafts;
        var second = new ModerationRecommender().Recommend(AnalysisSamples.Reply("Varför plogas inte vår gata?"), Platform.X).ReplyDrafts;

        Assert.Equal(first, second);
    }

    [Fact]
    public void Recommend_DifferentComments_VaryTheDrafts()
    {
        var openings = s_swedishComments
            .Select(comment => _sut.Recommend(AnalysisSamples.Reply(comment), Platform.Facebook).ReplyDrafts[0])
            .Distinct();

        Assert.True(openings.Count() >= 4);
    }

    [Fact]
    public void Recommend_QuestionOrCriticism_EndsWithAHoldingReply()
    {
        var holding = RecommendationData.Embedded.Replies.Templates["holding"].Sv.Select(text => text + "\n/Kommunen");

        var question = _sut.Recommend(AnalysisSamples.Reply("När töms soptunnorna?"), Platform.Facebook).ReplyDrafts;
        var criticism = _sut.Recommend(AnalysisSamples.Reply("Ni sköter parkerna uselt."), Platform.Facebook).ReplyDrafts;

        Assert.Contains(question[^1], holding);
        Assert.Contains(criticism[^1], holding);
    }

    [Fact]
    public void Recommend_Praise_HasNoHoldingReply()
    {
        var drafts = _sut.Recommend(AnalysisSamples.Reply("Tack för en fantastisk festival!"), Platform.Facebook).ReplyDrafts;

        Assert.Equal(2, drafts.Count);
    }

    [Fact]
    public void Recommend_EnglishComment_DraftsInEnglishSignedInEnglish()
    {
        var result = _sut.Recommend(AnalysisSamples.Reply("When does the library open on Saturdays?", "en"), Platform.Facebook);
        var english = RecommendationData.Embedded.Replies.Templates.Values.SelectMany(pair => pair.En).ToHashSet();

        Assert.Equal("en", result.Language);
        Assert.Equal(Verdict.Question, result.Verdict);
        Assert.All(result.ReplyDrafts, draft =>
        {
            Assert.EndsWith("\n/The municipality", draft, StringComparison.Ordinal);
            Assert.Contains(draft[..draft.LastIndexOf('\n')], english);
        });
    }

    [Fact]
    public void Recommend_OrganisationName_SignsTheDrafts()
    {
        var drafts = new ModerationRecommender("Lidingö stad").Recommend(AnalysisSamples.Reply("Bra jobbat!"), Platform.Facebook).ReplyDrafts;

        Assert.All(drafts, draft => Assert.EndsWith("\n/Lidingö stad", draft, StringComparison.Ordinal));
    }

    public static TheoryData<string> SwedishComments() => [.. s_swedishComments];
}
