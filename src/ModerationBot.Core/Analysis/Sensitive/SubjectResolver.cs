using ModerationBot.Core.Analysis.Language;
using ModerationBot.Core.Analysis.Lexicons;

namespace ModerationBot.Core.Analysis.Sensitive;

/// <summary>
/// Whom a sensitive statement is about. Looks back from the term to the nearest person in the same sentence:
/// first person → author; a relative, role, pronoun, @mention or name → other. If nothing is found before the
/// term, a first person shortly after counts ("Som homosexuell känner jag…"). Null when no person is in sight.
/// </summary>
internal static class SubjectResolver
{
    private const int LookBack = 10;
    private const int LookAhead = 5;

    public static DataSubject? Resolve(TextContext context, CueMatch match)
    {
        var tokens = context.Tokens;
        var sentence = tokens[match.First].Sentence;
        if (Possessor(context, match) is { } possessor)
        {
            return possessor;
        }

        for (var t = match.First - 1; t >= 0 && t >= match.First - LookBack && tokens[t].Sentence == sentence; t--)
        {
            if (Classify(context, t) is { } subject)
            {
                return subject;
            }
        }

        for (var t = match.Last + 1; t < tokens.Count && t <= match.Last + LookAhead && tokens[t].Sentence == sentence; t++)
        {
            if (context.Has(t, Cue.FirstPerson))
            {
                return DataSubject.Author;
            }
        }

        return null;
    }

    // "fingeravtrycken från min granne Ulla": a person named right after "från/av/hos/of/from" owns the data.
    private static DataSubject? Possessor(TextContext context, CueMatch match)
    {
        var tokens = context.Tokens;
        var next = match.Last + 1;
        if (next >= tokens.Count || tokens[next].Norm is not ("från" or "av" or "hos" or "of" or "from"))
        {
            return null;
        }

        for (var t = next + 1; t <= next + 3 && t < tokens.Count && tokens[t].Sentence == tokens[next].Sentence; t++)
        {
            if (Classify(context, t) == DataSubject.Other)
            {
                return DataSubject.Other;
            }
        }

        return null;
    }

    private static DataSubject? Classify(TextContext context, int t)
    {
        if (context.Has(t, Cue.FirstPerson))
        {
            return DataSubject.Author;
        }

        if (context.Has(t, Cue.Relation) || context.Has(t, Cue.Staff) || context.Has(t, Cue.Politician)
            || context.Has(t, Cue.ThirdPerson))
        {
            return DataSubject.Other;
        }

        var token = context.Tokens[t];
        if (token.Has(TokenFlags.Mention) || IsName(context, t) || IsAgentNoun(token.Norm))
        {
            return DataSubject.Other;
        }

        return null;
    }

    // A capitalised word inside a sentence that the lexicons do not know is taken as a name ("Per", "Nannaskolan").
    private static bool IsName(TextContext context, int t)
    {
        var token = context.Tokens[t];
        return token.Has(TokenFlags.Capitalised) && !token.Has(TokenFlags.SentenceStart) && token.Norm.Length > 1
            && !context.Has(t, Cue.Organisation) && !context.Has(t, Cue.Group);
    }

    // Swedish definite agent nouns: "vaktmästaren", "busschauffören", "kuratorn".
    private static bool IsAgentNoun(string norm) =>
        norm.Length >= 7 && (norm.EndsWith("aren", StringComparison.Ordinal) || norm.EndsWith("ören", StringComparison.Ordinal)
            || norm.EndsWith("torn", StringComparison.Ordinal));
}
