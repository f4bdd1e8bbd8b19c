using ModerationBot.Core.Guidance.Criticism;
using static ModerationBot.Core.Tests.Guidance.Criticism.CriticismSessions;

namespace ModerationBot.Core.Tests.Guidance.Criticism;

public sealed class CriticismDialogTests
{
    [Fact]
    public void Start_NewSession_IsAtStepOneWithVersionOne()
    {
        var session = New();

        Assert.Equal(CriticismStep.Factual, session.Step);
        Assert.Equal(1, session.Version);
        Assert.Empty(session.Answers);
        Assert.Equal("29:owner", session.OwnerUserId);
    }

    [Theory]
    [InlineData(new[] { "yes", "yes", "ok", "no", "yes", "self", "groundless", "yes" }, new[] { CriticismStep.Factual, CriticismStep.Relevant, CriticismStep.ActFast, CriticismStep.Demeaning, CriticismStep.FactsAvailable, CriticismStep.AnswerYourself, CriticismStep.Groundless, CriticismStep.Register })]
    [InlineData(new[] { "no", "yes", "ok", "yes", "skip", "no" }, new[] { CriticismStep.Factual, CriticismStep.Relevant, CriticismStep.ActFast, CriticismStep.Demeaning, CriticismStep.AnswerAnyway, CriticismStep.Register })]
    [InlineData(new[] { "yes", "yes", "ok", "no", "no", "help", "yes" }, new[] { CriticismStep.Factual, CriticismStep.Relevant, CriticismStep.ActFast, CriticismStep.Demeaning, CriticismStep.FactsAvailable, CriticismStep.AnswerYourself, CriticismStep.Register })]
    [InlineData(new[] { "yes", "no", "ok", "no", "unsure" }, new[] { CriticismStep.Factual, CriticismStep.Relevant, CriticismStep.ActFast, CriticismStep.Demeaning, CriticismStep.Register })]
    public void Answer_Path_VisitsTheStepsInOrderThenSummary(string[] options, CriticismStep[] expectedSteps)
    {
        var session = New();
        var visited = new List<CriticismStep>();

        foreach (var option in options)
        {
            visited.Add(session.Step);
            session = Answer(session, option);
        }

        Assert.Equal(expectedSteps, visited);
        Assert.Equal(CriticismStep.Summary, session.Step);
        Assert.True(session.IsClosed);
    }

    [Fact]
    public void Answer_StaleVersion_ChangesNothing()
    {
        var session = Answer(New(), "yes");

        var outcome = CriticismDialog.Answer(session, "yes", session.Version - 1, Now);

        Assert.Equal(CriticismOutcomeKind.Stale, outcome.Kind);
        Assert.Same(session, outcome.Session);
        Assert.Equal(CriticismStep.Relevant, outcome.Session.Step);
    }

    [Fact]
    public void Answer_SamePressTwice_SecondIsStaleAndDoesNotSkipAStep()
    {
        var session = New();
        var pressVersion = session.Version;

        var first = CriticismDialog.Answer(session, "yes", pressVersion, Now);
        var second = CriticismDialog.Answer(first.Session, "yes", pressVersion, Now);

        Assert.Equal(CriticismOutcomeKind.Stale, second.Kind);
        Assert.Equal(CriticismStep.Relevant, second.Session.Step);
    }

    [Fact]
    public void Answer_OptionOfAnotherStep_IsInvalidAndChangesNothing()
    {
        var session = New();

        var outcome = CriticismDialog.Answer(session, "groundless", session.Version, Now);

        Assert.Equal(CriticismOutcomeKind.InvalidOption, outcome.Kind);
        Assert.Equal(CriticismStep.Factual, outcome.Session.Step);
        Assert.Equal(session.Version, outcome.Session.Version);
    }

    [Fact]
    public void Answer_AfterSummary_IsClosed()
    {
        var session = Answer(New(), "yes", "no", "ok", "no", "yes");

        var outcome = CriticismDialog.Answer(session, "yes", session.Version, Now);

        Assert.Equal(CriticismOutcomeKind.Closed, outcome.Kind);
    }

    [Fact]
    public void Back_AfterTwoAnswers_ReturnsToPreviousStepAndForgetsItsAnswer()
    {
        var session = Answer(New(), "yes", "no");

        var outcome = CriticismDialog.Back(session, session.Version, Now);

        Assert.Equal(CriticismOutcomeKind.Applied, outcome.Kind);
        Assert.Equal(CriticismStep.Relevant, outcome.Session.Step);
        Assert.Null(outcome.Session.AnswerTo(CriticismStep.Relevant));
        Assert.Equal(session.Version + 1, outcome.Session.Version);
    }

    [Fact]
    public void Back_FromRegisterAfterSkippedSteps_ReturnsToTheStepActuallyAnswered()
    {
        var session = Answer(New(), "no", "yes", "ok", "yes", "skip");
        Assert.Equal(CriticismStep.Register, session.Step);

        var outcome = CriticismDialog.Back(session, session.Version, Now);

        Assert.Equal(CriticismStep.AnswerAnyway, outcome.Session.Step);
    }

    [Fact]
    public void Back_AtFirstStep_ReportsAtStart()
    {
        var session = New();

        var outcome = CriticismDialog.Back(session, session.Version, Now);

        Assert.Equal(CriticismOutcomeKind.AtStart, outcome.Kind);
        Assert.Equal(session, outcome.Session);
    }

    [Fact]
    public void Back_ThenDifferentAnswer_TakesTheNewBranch()
    {
        var session = Answer(New(), "yes", "yes", "ok", "yes");
        Assert.Equal(CriticismStep.AnswerAnyway, session.Step);

        session = CriticismDialog.Back(session, session.Version, Now).Session;
        session = Answer(session, "no");

        Assert.Equal(CriticismStep.FactsAvailable, session.Step);
    }

    [Fact]
    public void Cancel_InTheMiddle_ClosesTheSession()
    {
        var session = Answer(New(), "yes");

        var outcome = CriticismDialog.Cancel(session, session.Version, Now);

        Assert.Equal(CriticismStep.Cancelled, outcome.Session.Step);
        Assert.Equal(CriticismOutcomeKind.Closed, CriticismDialog.Back(outcome.Session, outcome.Session.Version, Now).Kind);
    }

    [Fact]
    public void Cancel_StaleVersion_ChangesNothing()
    {
        var session = Answer(New(), "yes");

        var outcome = CriticismDialog.Cancel(session, 1, Now);

        Assert.Equal(CriticismOutcomeKind.Stale, outcome.Kind);
        Assert.Equal(CriticismStep.Relevant, outcome.Session.Step);
    }

    [Fact]
    public void Answer_Applied_UpdatesTimestampButKeepsCreation()
    {
        var session = New();

        var outcome = CriticismDialog.Answer(session, "yes", 1, Now.AddMinutes(5));

        Assert.Equal(Now, outcome.Session.CreatedAt);
        Assert.Equal(Now.AddMinutes(5), outcome.Session.UpdatedAt);
    }

    [Fact]
    public void Start_LongRedactedComment_KeepsAShortenedExcerpt()
    {
        var session = CriticismDialog.Start(new CriticismStart("s", "o", null, "c", "sv", "sv", 2000, 0, new string('x', 2000)), Now);

        Assert.Equal(CriticismDialog.MaxExcerptLength, session.RedactedExcerpt!.Length);
        Assert.EndsWith("…", session.RedactedExcerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_WithoutRedactedComment_KeepsNoText()
    {
        Assert.Null(New().RedactedExcerpt);
    }
}
