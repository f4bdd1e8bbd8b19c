using ModerationBot.Core.Guidance;

namespace ModerationBot.Core.Tests.Guidance;

public sealed class PolicyAnswerPackTests
{
    private static readonly string[] RequiredTopics =
    [
        "removal-grounds", "removal-procedure", "criticism-steps", "hateful-comments", "trolls-long-discussions",
        "threat-against-colleague", "staff-harassment", "private-accounts-for-work", "sensitive-data-about-others",
        "registration", "archiving", "confidential-information", "responsibility", "platform-x", "platform-facebook-reviews",
    ];

    [Fact]
    public void LoadEmbedded_EveryEntry_HasAnswersQuestionsAndSourceInBothLanguages()
    {
        var pack = PolicyAnswerPack.LoadEmbedded();

        Assert.All(pack.Entries, entry =>
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Answer.Sv), entry.Id);
            Assert.False(string.IsNullOrWhiteSpace(entry.Answer.En), entry.Id);
            Assert.True(entry.Questions.Sv.Count >= 2, $"{entry.Id} needs Swedish question variants");
            Assert.True(entry.Questions.En.Count >= 2, $"{entry.Id} needs English question variants");
            Assert.False(string.IsNullOrWhiteSpace(entry.Section), entry.Id);
            Assert.True(pack.Sources.ContainsKey(entry.Source), entry.Id);
        });
    }

    [Fact]
    public void LoadEmbedded_Pack_CoversTheTopicsModeratorsAskAbout()
    {
        var ids = PolicyAnswerPack.LoadEmbedded().Entries.Select(e => e.Id).ToHashSet();

        Assert.All(RequiredTopics, topic => Assert.Contains(topic, ids));
    }

    [Fact]
    public void LoadEmbedded_EntryIds_AreUnique()
    {
        var ids = PolicyAnswerPack.LoadEmbedded().Entries.Select(e => e.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
