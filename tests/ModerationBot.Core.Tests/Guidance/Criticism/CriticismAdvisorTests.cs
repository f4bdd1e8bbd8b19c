using ModerationBot.Core.Guidance.Criticism;
using static ModerationBot.Core.Tests.Guidance.Criticism.CriticismSessions;

namespace ModerationBot.Core.Tests.Guidance.Criticism;

public sealed class CriticismAdvisorTests
{
    [Fact]
    public void Summarize_NotFactualSneeringNotAnswered_AdvisesNotToAnswerButConsiderRegistration()
    {
        var session = Answer(New("en"), "no", "yes", "ok", "yes", "skip", "no");

        var summary = CriticismAdvisor.Summarize(session, "Uppsala kommun");

        Assert.Null(summary.Draft);
        Assert.Equal([CriticismContent.For("en").Advice["dontAnswer"]], summary.Advice);
        Assert.False(summary.Register);
        Assert.StartsWith(CriticismContent.For("en").Registration["notAnswered"], summary.RegistrationReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_SneeringAnsweredAnyway_DraftsAClarificationRequest()
    {
        var session = Answer(New("sv"), "no", "yes", "ok", "yes", "answer", "yes");

        var summary = CriticismAdvisor.Summarize(session, null);

        Assert.Equal("clarify", summary.DraftKind);
        Assert.Contains(CriticismContent.For("sv").Drafts["clarify"], wording => summary.Draft!.StartsWith(wording, StringComparison.Ordinal));
        Assert.True(summary.Register);
    }

    [Fact]
    public void Summarize_NeedsHelp_HoldingReplyNowAndWhoToAsk()
    {
        var session = Answer(New("sv"), "yes", "yes", "ok", "no", "no", "help", "unsure");
        var sv = CriticismContent.For("sv");

        var summary = CriticismAdvisor.Summarize(session, "Lidingö stad");

        Assert.Equal("holding", summary.DraftKind);
        Assert.Contains(sv.Advice["holding"], summary.Advice);
        Assert.Contains(sv.Advice["whoToAsk"], summary.Advice);
        Assert.Contains("återkommer", summary.Draft, StringComparison.Ordinal);
        Assert.True(summary.Register);
        Assert.Equal(sv.Registration["unsure"], summary.RegistrationReason);
    }

    [Fact]
    public void Summarize_Groundless_CorrectionDraftWithFactsPlaceholder()
    {
        var session = Answer(New("en"), "yes", "yes", "ok", "no", "yes", "self", "groundless", "yes");

        var summary = CriticismAdvisor.Summarize(session, "City of Lidingö");

        Assert.Equal("correction", summary.DraftKind);
        Assert.Contains("facts", summary.Draft, StringComparison.OrdinalIgnoreCase);
        Assert.Contains('[', summary.Draft!);
        Assert.Contains(CriticismContent.For("en").Advice["correct"], summary.Advice);
        Assert.DoesNotContain(CriticismContent.For("en").Advice["findFacts"], summary.Advice);
    }

    [Fact]
    public void Summarize_GroundlessWithoutFacts_AdvisesFindingFactsFirst()
    {
        var session = Answer(New("en"), "yes", "yes", "ok", "no", "no", "self", "groundless", "yes");

        var summary = CriticismAdvisor.Summarize(session, null);

        Assert.Contains(CriticismContent.For("en").Advice["findFacts"], summary.Advice);
    }

    [Fact]
    public void Summarize_Justified_AcknowledgesTheCriticism()
    {
        var session = Answer(New("sv"), "yes", "yes", "ok", "no", "yes", "self", "justified", "no");

        var summary = CriticismAdvisor.Summarize(session, null);

        Assert.Equal("acknowledge", summary.DraftKind);
        Assert.False(summary.Register);
        Assert.Equal(CriticismContent.For("sv").Registration["no"], summary.RegistrationReason);
    }

    [Fact]
    public void Summarize_NotRelevant_ReferralAndNoFactSteps()
    {
        var session = Answer(New("sv"), "yes", "no", "ok", "no", "no");

        var summary = CriticismAdvisor.Summarize(session, null);

        Assert.Equal("referral", summary.DraftKind);
        Assert.Contains(CriticismContent.For("sv").Advice["notRelevant"], summary.Advice);
    }

    [Fact]
    public void Summarize_EnglishCommentSwedishModerator_DraftInEnglishAdviceInSwedish()
    {
        var session = Answer(New("sv", replyLanguage: "en"), "yes", "yes", "ok", "no", "no", "help", "yes");

        var summary = CriticismAdvisor.Summarize(session, null);

        Assert.Contains(CriticismContent.For("en").Drafts["holding"], wording => summary.Draft!.StartsWith(wording, StringComparison.Ordinal));
        Assert.EndsWith("/The municipality", summary.Draft, StringComparison.Ordinal);
        Assert.Contains(CriticismContent.For("sv").Advice["holding"], summary.Advice);
    }

    [Fact]
    public void Summarize_Draft_IsSignedByTheOrganisation()
    {
        var session = Answer(New("sv"), "yes", "yes", "ok", "no", "no", "help", "yes");

        var summary = CriticismAdvisor.Summarize(session, "Uppsala kommun");

        Assert.EndsWith("/Uppsala kommun", summary.Draft, StringComparison.Ordinal);
        Assert.EndsWith("/Uppsala kommun", summary.AlternativeDraft, StringComparison.Ordinal);
        Assert.Contains(CriticismContent.For("sv").Advice["signature"], summary.Advice);
    }

    [Fact]
    public void Summarize_DifferentSeeds_VaryTheWording()
    {
        string[] path = ["yes", "yes", "ok", "no", "no", "help", "yes"];

        var drafts = Enumerable.Range(0, 3)
            .Select(seed => CriticismAdvisor.Summarize(Answer(New("sv", seed: seed), path), null).Draft)
            .ToHashSet();

        Assert.Equal(3, drafts.Count);
    }

    [Fact]
    public void Summarize_AlternativeDraft_DiffersFromDraft()
    {
        var session = Answer(New("en", seed: 7), "yes", "yes", "ok", "no", "no", "help", "yes");

        var summary = CriticismAdvisor.Summarize(session, null);

        Assert.NotEqual(summary.Draft, summary.AlternativeDraft);
    }
}
