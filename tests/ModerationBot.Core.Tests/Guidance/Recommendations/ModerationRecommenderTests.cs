using ModerationBot.Core.Analysis;
using ModerationBot.Core.Guidance.Recommendations;
using Xunit;

namespace ModerationBot.Core.Tests.Guidance.Recommendations;

public sealed class ModerationRecommenderTests
{
    private readonly ModerationRecommender _sut = new();

    [Fact]
    public void Recommend_PersonalData_FollowsTheRemovalProcedureInOrder()
    {
        var result = _sut.Recommend(AnalysisSamples.PersonalData(), Platform.Facebook);

        Assert.Equal(Verdict.PersonalData, result.Verdict);
        Assert.Equal(ModerationAction.Remove, result.Action);
        Assert.Equal(["message_writer", "screenshot", "send_to_registrar", "remove_or_hide", "platform_note"], result.Steps.Select(step => step.Id));
        Assert.Empty(result.ReplyDrafts);
        Assert.True(result.Registration.Required);
    }

    [Theory]
    [InlineData(Platform.Facebook, "recensioner", "reviews")]
    [InlineData(Platform.X, "bara dölja", "only hide")]
    [InlineData(Platform.Instagram, "papperskorgen", "bin")]
    [InlineData(Platform.LinkedIn, "sidadministratör", "page admin")]
    [InlineData(Platform.YouTube, "administratör", "admin")]
    [InlineData(Platform.Other, "ta reda på", "find out")]
    public void Recommend_RemoveOnPlatform_EndsWithThatPlatformsNote(Platform platform, string sv, string en)
    {
        var note = _sut.Recommend(AnalysisSamples.PersonalData(), platform).Steps[^1];

        Assert.Equal("platform_note", note.Id);
        Assert.Contains(sv, note.Text.Sv, StringComparison.Ordinal);
        Assert.Contains(en, note.Text.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_HighThreat_EscalatesWithoutReplyingAndPointsToPolice()
    {
        var result = _sut.Recommend(AnalysisSamples.Threat(), Platform.Instagram);

        Assert.Equal(Verdict.Threat, result.Verdict);
        Assert.Equal(ModerationAction.Escalate, result.Action);
        Assert.Equal("do_not_reply", result.Steps[0].Id);
        var all = string.Join(" ", result.Steps.Select(step => step.Text.Sv));
        Assert.Contains("112", all, StringComparison.Ordinal);
        Assert.Contains("114 14", all, StringComparison.Ordinal);
        Assert.Contains("polisen.se", all, StringComparison.Ordinal);
        Assert.Contains("samma dag", all, StringComparison.Ordinal);
        Assert.Empty(result.ReplyDrafts);
        Assert.Null(result.AuthorMessage);
        Assert.NotNull(result.RegistrarNote);
    }

    [Fact]
    public void Recommend_MediumThreatMarkedEscalate_Escalates()
    {
        var analysis = AnalysisSamples.Threat() with { Threat = new ThreatAssessment(ThreatSeverity.Medium, ThreatTarget.Organisation) };

        Assert.Equal(ModerationAction.Escalate, _sut.Recommend(analysis, Platform.X).Action);
    }

    [Fact]
    public void Recommend_SensitiveDataAboutOthers_RemovesEvenIfAnalysisSaidReply()
    {
        var analysis = AnalysisSamples.Sensitive(DataSubject.Other) with { Action = ModerationAction.Reply };

        var result = _sut.Recommend(analysis, Platform.Facebook);

        Assert.Equal(Verdict.SensitiveDataAboutOthers, result.Verdict);
        Assert.Equal(ModerationAction.Remove, result.Action);
        Assert.NotNull(result.AuthorMessage);
    }

    [Fact]
    public void Recommend_SensitiveDataAboutAuthor_RepliesWithoutRepeatingAndKeepsTheComment()
    {
        var result = _sut.Recommend(AnalysisSamples.Sensitive(DataSubject.Author), Platform.Facebook);

        Assert.Equal(Verdict.SensitiveDataAboutAuthor, result.Verdict);
        Assert.Equal(ModerationAction.Reply, result.Action);
        Assert.Contains(result.Steps, step => step.Id == "do_not_repeat_data");
        Assert.DoesNotContain(result.Steps, step => step.Id == "remove_or_hide");
        Assert.Null(result.RegistrarNote);
        Assert.Null(result.AuthorMessage);
        Assert.InRange(result.ReplyDrafts.Count, 2, 3);
    }

    [Theory]
    [InlineData("När öppnar badhuset igen efter renoveringen?", Verdict.Question)]
    [InlineData("Hur ansöker man om bygglov", Verdict.Question)]
    [InlineData("Tack för en fantastisk festival i helgen!", Verdict.Praise)]
    [InlineData("Det här är slöseri med skattepengar, ni borde skämmas.", Verdict.Criticism)]
    public void Recommend_ReplyComment_ChoosesTheKindOfReply(string redacted, Verdict expected)
    {
        Assert.Equal(expected, _sut.Recommend(AnalysisSamples.Reply(redacted), Platform.Facebook).Verdict);
    }

    [Fact]
    public void Recommend_Review_GivesReviewStepsAndDrafts()
    {
        var analysis = AnalysisSamples.Reply("Ni är ena riktiga clowner på kontoret") with { Action = ModerationAction.Review };

        var result = _sut.Recommend(analysis, Platform.Facebook);

        Assert.Equal(Verdict.NeedsReview, result.Verdict);
        Assert.Equal("read_context", result.Steps[0].Id);
        Assert.NotEmpty(result.ReplyDrafts);
    }

    [Fact]
    public void Recommend_NothingFound_StillRecommendsAReply()
    {
        var analysis = AnalysisSamples.Reply("Vilka tider har biblioteket på lördagar?") with { Action = ModerationAction.None };

        var result = _sut.Recommend(analysis, Platform.Facebook);

        Assert.Equal(ModerationAction.Reply, result.Action);
        Assert.Equal("check_facts", result.Steps[0].Id);
    }

    [Fact]
    public void Recommend_Reply_RegistrationDependsOnTheRecordsPlan()
    {
        var registration = _sut.Recommend(AnalysisSamples.Reply("Bra jobbat!"), Platform.Facebook).Registration;

        Assert.False(registration.Required);
        Assert.Contains("dokumenthanteringsplanen", registration.Advice.Sv, StringComparison.Ordinal);
        Assert.Contains("records management plan", registration.Advice.En, StringComparison.Ordinal);
        Assert.Contains("pågående ärende", registration.Advice.Sv, StringComparison.Ordinal);
    }
}
