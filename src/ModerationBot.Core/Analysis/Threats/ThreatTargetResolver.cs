using ModerationBot.Core.Analysis.Language;
using ModerationBot.Core.Analysis.Lexicons;

namespace ModerationBot.Core.Analysis.Threats;

/// <summary>Decides whom a threat targets from the people, roles and groups the comment mentions.</summary>
internal static class ThreatTargetResolver
{
    /// <summary>Whether the sentences [sentence - spread, sentence + spread] name anyone a threat could be aimed at.</summary>
    public static bool AnyoneIn(TextContext context, int sentence, int spread) =>
        context.AnyInSentences(sentence, spread, Cue.SecondPerson) || context.AnyInSentences(sentence, spread, Cue.SecondPersonPlural)
        || context.AnyInSentences(sentence, spread, Cue.Staff) || context.AnyInSentences(sentence, spread, Cue.Politician)
        || context.AnyInSentences(sentence, spread, Cue.Organisation) || context.AnyInSentences(sentence, spread, Cue.Group)
        || context.AnyInSentences(sentence, spread, Cue.PersonRef) || context.AnyInSentences(sentence, spread, Cue.ThirdPerson);

    public static ThreatTarget Resolve(TextContext context)
    {
        if (context.AnyInComment(Cue.Staff))
        {
            return ThreatTarget.Staff;
        }

        if (context.AnyInComment(Cue.Politician))
        {
            return ThreatTarget.Person;
        }

        if (context.AnyInComment(Cue.Group) || context.AnyInComment(Cue.Slur))
        {
            return ThreatTarget.Group;
        }

        if (context.AnyInComment(Cue.SecondPerson))
        {
            return ThreatTarget.Person;
        }

        if (context.AnyInComment(Cue.Organisation) || context.AnyInComment(Cue.SecondPersonPlural))
        {
            return ThreatTarget.Organisation;
        }

        return context.AnyInComment(Cue.ThirdPerson) ? ThreatTarget.Person : ThreatTarget.Unknown;
    }
}
