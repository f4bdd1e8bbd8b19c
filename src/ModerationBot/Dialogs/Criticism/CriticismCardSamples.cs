using ModerationBot.BotFramework.Cards;
using ModerationBot.Core.Guidance.Criticism;
using ModerationBot.Localization;

namespace ModerationBot.Dialogs.Criticism;

/// <summary>Sample criticism cards for the card gallery: every step, each kind of summary, the refusal and the end states.</summary>
public static class CriticismCardSamples
{
    private static readonly DateTimeOffset s_sampleTime = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly (string Name, string[] Answers)[] s_steps =
    [
        ("criticism-step-1-factual", []),
        ("criticism-step-2-relevant", ["yes"]),
        ("criticism-step-3-act-fast", ["yes", "yes"]),
        ("criticism-step-4-demeaning", ["yes", "yes", "ok"]),
        ("criticism-step-4a-answer-anyway", ["no", "yes", "ok", "yes"]),
        ("criticism-step-5-facts", ["yes", "yes", "ok", "no"]),
        ("criticism-step-6-answer-yourself", ["yes", "yes", "ok", "no", "yes"]),
        ("criticism-step-7-groundless", ["yes", "yes", "ok", "no", "yes", "self"]),
        ("criticism-step-8-register", ["yes", "yes", "ok", "no", "yes", "self", "groundless"]),
        ("criticism-summary-correction", ["yes", "yes", "ok", "no", "yes", "self", "groundless", "yes"]),
        ("criticism-summary-holding", ["yes", "yes", "ok", "no", "no", "help", "unsure"]),
        ("criticism-summary-no-answer", ["no", "yes", "ok", "yes", "skip", "no"]),
    ];

    /// <summary>Name and builder of each sample.</summary>
    public static IEnumerable<(string Name, Func<BotTexts, AdaptiveCard> Build)> All
    {
        get
        {
            foreach (var (name, answers) in s_steps)
            {
                yield return (name, texts => CriticismCard.Build(Session(texts.Language, answers), texts, null, CriticismCardView.Owner));
            }

            yield return ("criticism-refusal", texts => CriticismCard.Build(Session(texts.Language, ["yes"]), texts, null, CriticismCardView.ReadOnly,
                texts.Format(TextKeys.CriticismRefusal, texts[TextKeys.CommandCriticism])));
            yield return ("criticism-stale", texts => CriticismCard.Build(Session(texts.Language, ["yes", "yes"]), texts, null, CriticismCardView.Owner,
                texts[TextKeys.CriticismStale]));
            yield return ("criticism-cancelled", texts => CriticismCard.Build(
                CriticismDialog.Cancel(Session(texts.Language, ["yes"]), 2, s_sampleTime).Session, texts, null, CriticismCardView.Owner));
            yield return ("criticism-expired", CriticismCard.Expired);
        }
    }

    private static CriticismSession Session(string language, string[] answers)
    {
        var session = CriticismDialog.Start(
            new CriticismStart("0f8e2c5d9b7a4e61a3c2d1b0e9f8a7c6", "sample-owner", "29:sample-owner", "sample-conversation", language, language, 140, 1,
                language == CriticismLanguage.English ? "Why has nobody cleared the snow on [address]? Useless as always." : "Varför har ingen plogat [adress]? Värdelöst som vanligt."),
            s_sampleTime);
        foreach (var answer in answers)
        {
            session = CriticismDialog.Answer(session, answer, session.Version, s_sampleTime).Session;
        }

        return session;
    }
}
