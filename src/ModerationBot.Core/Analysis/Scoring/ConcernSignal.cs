using ModerationBot.Core.Analysis.Language;
using ModerationBot.Core.Analysis.Lexicons;
using ModerationBot.Core.Analysis.Threats;

namespace ModerationBot.Core.Analysis.Scoring;

/// <summary>
/// A report of danger to others that breaks no comment rule but needs a moderator's eyes: someone filming or
/// photographing children, pupils' photos on a private account, one person behind several accounts, a prize offered
/// by DM, or a threat the writer retells from an sms or a comment. The policy says review when unsure; these are the
/// comments a reply alone would leave unhandled.
/// </summary>
internal static class ConcernSignal
{
    private const double Enough = 0.999;
    private const double SignFrom = 0.3;
    private const int HarmWindow = ReportedThreat.HarmWindow;
    private const int ObjectReach = 3;

    /// <summary>The span of the first sentence that raises a concern, or null.</summary>
    public static (int Start, int End)? Find(TextContext context)
    {
        var tokens = context.Tokens;
        var cursor = 0;
        for (var sentence = 0; sentence < context.SentenceCount; sentence++)
        {
            var first = cursor;
            while (cursor < tokens.Count && tokens[cursor].Sentence == sentence)
            {
                cursor++;
            }

            var last = cursor - 1;
            if (!context.AnyInSentences(sentence, 0, Cue.Concern) && !context.AnyInSentences(sentence, 0, Cue.Report))
            {
                continue;
            }

            var (from, to) = context.MatchesStartingIn(first, last);
            if (Signs(context, sentence, from, to) >= Enough || Retold(context, from, to))
            {
                return (tokens[first].Start, tokens[last].End);
            }
        }

        return null;
    }

    // Distinct signs, each counted once; praise in the sentence ("vi filmade barnen på luciatåget, så fint") and the
    // writer as the one filming ("jag tog bilder på eleverna") are no concern.
    private static double Signs(TextContext context, int sentence, int from, int to)
    {
        if (context.AnyInSentences(sentence, 0, Cue.Praise))
        {
            return 0;
        }

        var sum = 0.0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var m = from; m < to; m++)
        {
            var match = context.Matches[m];
            if (match.Cue != Cue.Concern || match.Entry.Weight < SignFrom || ByWriter(context, match) || !seen.Add(match.Entry.Term))
            {
                continue;
            }

            sum += match.Entry.Weight;
        }

        return sum;
    }

    private static bool ByWriter(TextContext context, CueMatch match) =>
        context.Has(match.First - 1, Cue.FirstPerson) || context.Has(match.First - 2, Cue.FirstPerson);

    // A channel or a speech verb, then a future or modal, then a threat word or a quoted phrase next to a person:
    // "kommenterade att de skulle ta med ett vapen", "sms där det stod att hon skulle 'akta sig'", "skrev att han tänker
    // 'ta hand om' rektorn". The writer threatens nobody, so this asks for review, never a threat.
    private static bool Retold(TextContext context, int from, int to)
    {
        for (var m = from; m < to; m++)
        {
            var channel = context.Matches[m];
            if (!(channel.Cue == Cue.Report || (channel.Cue == Cue.Concern && channel.Entry.Weight < SignFrom)))
            {
                continue;
            }

            var sentence = context.Tokens[channel.First].Sentence;
            var modal = ReportedThreat.ModalAfter(context, channel.Last + 1, channel.Last + ReportedThreat.ModalWindow, sentence);
            if (modal < 0)
            {
                // "saying he'll" is one report match with its modal in it.
                modal = ReportedThreat.ModalAfter(context, channel.First + 1, channel.Last, sentence);
            }

            if (modal >= 0 && (ThreatWordAfter(context, modal) || QuotedAtPersonAfter(context, modal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ThreatWordAfter(TextContext context, int modal)
    {
        var sentence = context.Tokens[modal].Sentence;
        var (from, to) = context.MatchesStartingIn(modal + 1, modal + HarmWindow);
        for (var m = from; m < to; m++)
        {
            var harm = context.Matches[m];
            var threatening = harm.Cue is Cue.Violence or Cue.Harm or Cue.Veiled || (harm.Cue is Cue.ViolenceNoun or Cue.Menace && harm.Entry.Weight >= 0.5);
            if (threatening && context.Tokens[harm.First].Sentence == sentence && !ThreatDetector.IsIdiom(context, harm))
            {
                return true;
            }
        }

        return false;
    }

    // A euphemism in quotes is how people retell a threat ("'ta hand om' rektorn", "'deal with' the harbour master",
    // "'göra något åt' familjen", "'take care of' me"); a quote about a thing ("'se över' rutinerna") names no person after it.
    private static bool QuotedAtPersonAfter(TextContext context, int modal)
    {
        var tokens = context.Tokens;
        for (var t = modal + 1; t < modal + HarmWindow && t + 1 < tokens.Count && tokens[t + 1].Sentence == tokens[modal].Sentence; t++)
        {
            if (tokens[t].Has(TokenFlags.Quoted) && !tokens[t + 1].Has(TokenFlags.Quoted) && PersonNear(context, t + 1, tokens[modal].Sentence))
            {
                return true;
            }
        }

        return false;
    }

    // The person right after the quote, or after determiners and at most one modifier ("the planning officer", "nya
    // rektorn"); "'återkomma' till mig" and "'titta på' mitt ärende" put a preposition or the writer's thing first.
    private static bool PersonNear(TextContext context, int first, int sentence)
    {
        var tokens = context.Tokens;
        var end = Math.Min(first + ObjectReach, tokens.Count);
        var t = first;
        while (t < end && tokens[t].Sentence == sentence && tokens[t].Norm is "the" or "that" or "this" or "those" or "den" or "det" or "de"
            or "nya" or "new" or "hela" or "whole")
        {
            t++;
        }

        if (t >= end || tokens[t].Sentence != sentence)
        {
            return false;
        }

        var modified = t > first && t + 1 < end && tokens[t + 1].Sentence == sentence && !context.Has(t, Cue.Negation);
        return IsPerson(context, t) || (modified && IsPerson(context, t + 1));
    }

    private static bool IsPerson(TextContext context, int t) =>
        context.Has(t, Cue.Staff) || context.Has(t, Cue.Relation) || context.Has(t, Cue.Politician) || context.Has(t, Cue.Group)
        || context.Has(t, Cue.Exposed) || ThreatDetector.PersonObject(context, t) || context.Tokens[t].Norm is "mig" or "me" or "oss" or "us"
        || AgentNoun(context, t);

    // "konstnären", "läraren", "chauffören": a Swedish definite agent noun names a person as plainly as a role word.
    private static bool AgentNoun(TextContext context, int t) =>
        context.Language == "sv" && context.Tokens[t].Norm is { Length: > 5 } norm
        && (norm.EndsWith("ären", StringComparison.Ordinal) || norm.EndsWith("aren", StringComparison.Ordinal)
            || norm.EndsWith("ören", StringComparison.Ordinal));
}
