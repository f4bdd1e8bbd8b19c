using ModerationBot.Core.Guidance;

namespace ModerationBot.Core.Tests.Guidance;

public sealed class PolicyQuestionAnswererTests : IClassFixture<PolicyQuestionAnswererFixture>
{
    private readonly PolicyQuestionAnswerer _sut;

    public PolicyQuestionAnswererTests(PolicyQuestionAnswererFixture fixture) => _sut = fixture.Answerer;

    [Theory]
    [InlineData("policy-questions.tsv", 80)]
    [InlineData("policy-questions-holdout.tsv", 35)]
    public void Answer_LabelledQuestionSet_TopOneAccuracyAtLeast85Percent(string fileName, int minimumQuestions)
    {
        var answerable = PolicyQuestionSet.Load(fileName).Where(q => q.ExpectedId is not null).ToList();
        Assert.True(answerable.Count >= minimumQuestions, $"{fileName} should hold at least {minimumQuestions} answerable questions, has {answerable.Count}");

        var misses = answerable
            .Select(q => (q.ExpectedId, q.Question, Got: _sut.Answer(q.Question).Answer?.Id ?? "(none)"))
            .Where(r => r.Got != r.ExpectedId)
            .ToList();

        var accuracy = 1.0 - ((double)misses.Count / answerable.Count);
        Assert.True(
            accuracy >= 0.85,
            $"top-1 accuracy {accuracy:P1}; misses:\n" + string.Join("\n", misses.Select(m => $"  {m.ExpectedId} <- {m.Got}: {m.Question}")));
    }

    [Theory]
    [InlineData("policy-questions.tsv")]
    [InlineData("policy-questions-holdout.tsv")]
    public void Answer_QuestionsThePackDoesNotCover_ReturnNoAnswer(string fileName)
    {
        var unanswerable = PolicyQuestionSet.Load(fileName).Where(q => q.ExpectedId is null).ToList();
        Assert.NotEmpty(unanswerable);

        var invented = unanswerable
            .Select(q => (q.Question, Match: _sut.Answer(q.Question)))
            .Where(r => r.Match.Found)
            .Select(r => $"  {r.Match.Answer!.Id} ({r.Match.Coverage:F2}): {r.Question}")
            .ToList();

        Assert.True(invented.Count == 0, "answered questions the pack does not cover:\n" + string.Join("\n", invented));
    }

    [Theory]
    [InlineData("får jag ta bort en kommentar med ett personnummer?", "personal-data-in-comment")]
    [InlineData("what do I do if someone threatens a colleague?", "threat-against-colleague")]
    [InlineData("ska jag svara på hatiska kommentarer?", "hateful-comments")]
    public void Answer_ExamplesModeratorsAsk_FindsTheRightEntry(string question, string expectedId)
    {
        var match = _sut.Answer(question);

        Assert.Equal(expectedId, match.Answer?.Id);
    }

    [Fact]
    public void Answer_SwedishCompoundOfAPackWord_MatchesThatWord()
    {
        var match = _sut.Answer("Vad gör jag med dödshot?");

        Assert.Equal("threat-against-colleague", match.Answer?.Id);
    }

    [Theory]
    [InlineData("Hur tar jag bort en kommentar?", "sv")]
    [InlineData("How do I remove a comment?", "en")]
    public void Answer_QuestionLanguage_IsReportedForTheReply(string question, string expectedLanguage)
    {
        var match = _sut.Answer(question);

        Assert.Equal(expectedLanguage, match.Language);
    }

    [Fact]
    public void Answer_FoundEntry_CarriesItsSourceDocumentAndSection()
    {
        var answer = _sut.Answer("Hur ska jag bemöta kritik i kommentarsfältet?").Answer;

        Assert.NotNull(answer);
        Assert.Contains("Uppsala", answer.Source.Sv);
        Assert.False(string.IsNullOrWhiteSpace(answer.Section));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!")]
    public void Answer_EmptyQuestion_ReturnsNoAnswer(string question)
    {
        Assert.False(_sut.Answer(question).Found);
    }
}
