using ModerationBot.Core.Analysis.Language;
using ModerationBot.Core.Analysis.Lexicons;

namespace ModerationBot.Core.Analysis.Threats;

/// <summary>Decides whom a threat targets from the people, roles and groups the comment mentions.</summary>
internal static class ThreatTargetResolver
{
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
