using ModerationBot.Core.Analysis.Language;
using ModerationBot.Core.Analysis.Lexicons;

namespace ModerationBot.Core.Analysis.Threats;

/// <summary>Guards that tell a warning, a recognition or a figure of speech from a threat.</summary>
internal static partial class ThreatDetector
{
    // "man får passa sig när man cyklar där", "one should be careful on that road": a warning to anyone is advice.
    // "borde man tända eld på…" puts the subject after the modal: a call to anyone, which stays a threat.
    private static bool GenericSubject(TextContext context, CueMatch match)
    {
        var tokens = context.Tokens;
        var before = match.First - 1;
        if (before < 0 || tokens[before].Sentence != tokens[match.First].Sentence || tokens[before].Norm is not ("man" or "one"))
        {
            return false;
        }

        return before == 0 || tokens[before - 1].Sentence != tokens[before].Sentence
            || !(context.Has(before - 1, Cue.Intent) || context.Has(before - 1, Cue.Wish));
    }

    // "Vi vet vem du är – och vi är så tacksamma!", "we know who you are, and thank you": thanks in the same or the next
    // sentence make the warning or the recognition friendly; praise before it ("Grattis Ahmed, njut medan det varar.
    // Vi vet vem du är nu") can be sarcasm and does not count.
    private static bool Grateful(TextContext context, CueMatch match)
    {
        var sentence = context.Tokens[match.First].Sentence;
        return context.AnyInSentences(sentence, 0, Cue.Praise)
            || (sentence + 1 < context.SentenceCount && context.AnyInSentences(sentence + 1, 0, Cue.Praise));
    }

    // "så dör jag", "jag dör om badet stänger", "I'd die if they closed the pool": with a verb nobody does to anyone and
    // the writer as its subject, the writer is the one harmed, a figure of speech; "vi bränner ner…" and "I'll burn the
    // school" take an object and stay threats.
    internal static bool WriterSuffers(TextContext context, CueMatch match)
    {
        if (!context.Has(match.First, Cue.Intransitive))
        {
            return false;
        }

        var tokens = context.Tokens;
        var sentence = tokens[match.First].Sentence;
        var after = match.Last + 1;
        var inverted = after < tokens.Count && tokens[after].Sentence == sentence && tokens[after].Norm is "jag" or "vi";
        var before = match.First - 1;
        while (before >= 0 && before >= match.First - 3 && tokens[before].Sentence == sentence && !WriterAsSubject(tokens[before].Norm)
            && (context.Has(before, Cue.Intent) || tokens[before].Norm is "att" or "to" or "nog" or "bara" or "typ" or "just" or "rather"
                or "hellre" or "literally" or "probably" or "gonna" or "going"))
        {
            before--;
        }

        var writer = inverted || (before >= 0 && tokens[before].Sentence == sentence && WriterAsSubject(tokens[before].Norm));
        var next = inverted ? after + 1 : after;
        return writer && (next >= tokens.Count || tokens[next].Sentence != sentence || !TakesObject(context, next));
    }

    private static bool WriterAsSubject(string norm) =>
        norm is "jag" or "vi" or "i" or "we" or "i'll" or "i'd" or "we'll" or "we'd" or "i'm" or "we're" or "ima";

    // "bränna ner kommunhuset", "burn the school", "burn you": a person, a determiner or the organisation after the verb.
    private static bool TakesObject(TextContext context, int token) =>
        PersonObject(context, token) || context.Has(token, Cue.Organisation) || context.Has(token, Cue.Staff) || context.Has(token, Cue.Politician)
        || context.Has(token, Cue.Exposed) || context.Tokens[token].Norm is "ner" or "ned" or "down" or "the" or "your" or "his" or "her"
            or "their" or "this" or "that" or "ert" or "era" or "er" or "din" or "ditt" or "dina" or "hans" or "hennes" or "deras";
}
