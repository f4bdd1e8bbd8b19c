using ModerationBot.Core.Guidance.Criticism;
using static ModerationBot.Core.Tests.Guidance.Criticism.CriticismSessions;

namespace ModerationBot.Core.Tests.Guidance.Criticism;

/// <summary>Every possible way through the dialog, walked exhaustively.</summary>
public sealed class CriticismPathsTests
{
    [Theory]
    [InlineData("sv")]
    [InlineData("en")]
    public void EveryPath_EndsInASummaryWithAdviceAndRegistration(string language)
    {
        var finished = Walk(New(language, seed: 2)).ToList();

        Assert.True(finished.Count >= 20, $"only {finished.Count} paths");
        foreach (var session in finished)
        {
            Assert.Equal(CriticismStep.Summary, session.Step);
            Assert.InRange(session.Answers.Count, 5, 9);
            var summary = CriticismAdvisor.Summarize(session, "Kommunen");
            Assert.NotEmpty(summary.Advice);
            Assert.False(string.IsNullOrWhiteSpace(summary.RegistrationReason));
            Assert.Equal(session.AnswerTo(CriticismStep.Register) != "no", summary.Register);
            if (summary.Draft is not null)
            {
                Assert.EndsWith("/Kommunen", summary.Draft, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void EveryPath_VisitsRegistrationAsTheLastStep()
    {
        foreach (var session in Walk(New()))
        {
            Assert.Equal(CriticismStep.Register, session.Answers[^1].Step);
            Assert.Equal(CriticismStep.Factual, session.Answers[0].Step);
        }
    }

    [Fact]
    public void EveryPath_OnlySneeringNotAnsweredHasNoDraft()
    {
        foreach (var session in Walk(New()))
        {
            var noDraft = CriticismAdvisor.Summarize(session, null).Draft is null;

            Assert.Equal(session.AnswerTo(CriticismStep.AnswerAnyway) == "skip", noDraft);
        }
    }

    private static IEnumerable<CriticismSession> Walk(CriticismSession session)
    {
        if (session.IsClosed)
        {
            yield return session;
            yield break;
        }

        foreach (var option in CriticismContent.For(session.Language).Steps[session.Step].Options)
        {
            foreach (var end in Walk(Answer(session, option.Id)))
            {
                yield return end;
            }
        }
    }
}
