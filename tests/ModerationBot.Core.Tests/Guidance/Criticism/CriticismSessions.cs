using ModerationBot.Core.Guidance.Criticism;

namespace ModerationBot.Core.Tests.Guidance.Criticism;

/// <summary>Sessions driven through the dialog by a list of options.</summary>
internal static class CriticismSessions
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static CriticismSession New(string language = "sv", string? replyLanguage = null, int seed = 0) =>
        CriticismDialog.Start(new CriticismStart("s1", "owner-aad", "29:owner", "conv-1", language, replyLanguage, 120, seed), Now);

    public static CriticismSession Answer(CriticismSession session, params string[] options)
    {
        foreach (var option in options)
        {
            var outcome = CriticismDialog.Answer(session, option, session.Version, Now.AddMinutes(session.Version));
            Assert.Equal(CriticismOutcomeKind.Applied, outcome.Kind);
            session = outcome.Session;
        }

        return session;
    }
}
