namespace ModerationBot.Core.Guidance.Criticism;

/// <summary>Turns a finished session's answers into advice, a drafted reply and registration guidance.</summary>
public static class CriticismAdvisor
{
    /// <summary>
    /// The summary of <paramref name="session"/>. Advice is in the moderator's language, the draft in the comment's,
    /// signed with <paramref name="organisation"/> (or the organisation default), never with a person's name.
    /// </summary>
    public static CriticismSummary Summarize(CriticismSession session, string? organisation)
    {
        ArgumentNullException.ThrowIfNull(session);
        var ui = CriticismContent.For(session.Language);
        var reply = CriticismContent.For(session.ReplyLanguage);
        var draftKind = DraftKind(session);
        List<string> adviceKeys = [.. AdviceKeys(session, draftKind)];

        string? draft = null;
        string? alternative = null;
        if (draftKind is not null)
        {
            var wordings = reply.Drafts[draftKind];
            var first = Math.Abs(session.VariantSeed % wordings.Count);
            var signature = string.IsNullOrWhiteSpace(organisation) ? reply.OrganisationDefault : organisation.Trim();
            draft = Sign(wordings[first], signature);
            alternative = wordings.Count > 1 ? Sign(wordings[(first + 1) % wordings.Count], signature) : null;
        }

        var registration = session.AnswerTo(CriticismStep.Register) ?? "unsure";
        var reason = ui.Registration[registration];
        if (draftKind is null)
        {
            reason = $"{ui.Registration["notAnswered"]} {reason}";
        }

        return new CriticismSummary(
            [.. adviceKeys.Select(key => ui.Advice[key])],
            draftKind,
            draft,
            alternative,
            Register: registration != "no",
            reason);
    }

    private static string? DraftKind(CriticismSession session)
    {
        if (session.AnswerTo(CriticismStep.Demeaning) == "yes")
        {
            return session.AnswerTo(CriticismStep.AnswerAnyway) == "answer" ? "clarify" : null;
        }

        if (session.AnswerTo(CriticismStep.Relevant) == "no")
        {
            return "referral";
        }

        if (session.AnswerTo(CriticismStep.AnswerYourself) == "help")
        {
            return "holding";
        }

        return session.AnswerTo(CriticismStep.Groundless) == "justified" ? "acknowledge" : "correction";
    }

    private static IEnumerable<string> AdviceKeys(CriticismSession session, string? draftKind)
    {
        if (draftKind is null)
        {
            yield return "dontAnswer";
            yield break;
        }

        yield return "actFast";
        if (session.AnswerTo(CriticismStep.Factual) == "no")
        {
            yield return "notFactual";
        }

        switch (draftKind)
        {
            case "clarify":
                yield return "clarify";
                break;
            case "referral":
                yield return "notRelevant";
                break;
            case "holding":
                yield return "holding";
                yield return "whoToAsk";
                break;
            case "acknowledge":
                yield return "acknowledge";
                break;
            default:
                if (session.AnswerTo(CriticismStep.FactsAvailable) == "no")
                {
                    yield return "findFacts";
                }

                yield return "correct";
                break;
        }

        yield return "followUp";
        yield return "signature";
    }

    private static string Sign(string text, string organisation) => $"{text}\n\n/{organisation}";
}
