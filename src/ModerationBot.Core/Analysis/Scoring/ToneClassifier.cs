using System.Collections.Frozen;
using ModerationBot.Core.Analysis.Language;
using ModerationBot.Core.Analysis.Lexicons;

namespace ModerationBot.Core.Analysis.Scoring;

/// <summary>
/// Tells comments to answer (questions, criticism, sarcasm, plain statements: the policies ask for answers to
/// those too) from praise and thanks, which need no action.
/// </summary>
internal static class ToneClassifier
{
    private static readonly FrozenSet<string> Lack = FrozenSet.ToFrozenSet(["ingen", "inget", "inga", "no"], StringComparer.Ordinal);

    // Words a spoken question opens with before its question word ("ok men vem bestämde…", "so why is…").
    private static readonly FrozenSet<string> Openers = FrozenSet.ToFrozenSet(
        ["ok", "okej", "okay", "men", "så", "och", "but", "so", "and", "well", "hmm"], StringComparer.Ordinal);

    // Only question words that open no other clause: "och när solen gick ner" and "and what a day" are no questions.
    private static readonly FrozenSet<string> PlainQuestionWords = FrozenSet.ToFrozenSet(
        ["vem", "vems", "varför", "who", "whose", "why"], StringComparer.Ordinal);

    // "men inga problem", "but no worries": reassurance, not something missing.
    private static readonly FrozenSet<string> Reassurance = FrozenSet.ToFrozenSet(
        ["problem", "problems", "fara", "brådska", "stress", "worries", "worry", "rush", "hurry", "harm"], StringComparer.Ordinal);

    public static bool NeedsReply(TextContext context)
    {
        if (context.Text.Contains('?'))
        {
            return true;
        }

        double praise = 0, criticism = 0;
        foreach (var match in context.Matches)
        {
            switch (match.Cue)
            {
                case Cue.Praise:
                    praise += match.Entry.Weight;
                    break;
                case Cue.Criticism:
                    criticism += match.Entry.Weight;
                    break;
                case Cue.Sarcasm:
                    criticism += match.Entry.Weight;
                    break;
                case Cue.Question when context.Tokens[match.First].Has(TokenFlags.SentenceStart) || AfterOpeners(context, match.First):
                    return true;
            }
        }

        if (praise > 0 && PraiseThenLack(context))
        {
            criticism += 1.0;
        }

        praise += CountEmoji(context.Text, "😂😍👏❤🥰👍🙏😊🙂😀😃😄😁🤗💪💚💙💛✨🎉💐🌷🌸") * 0.5;
        // An upside-down face turns the praise before it into irony ("Fantastiskt att skatten höjs igen 🙃").
        criticism += CountEmoji(context.Text, "🙄😡🤬👎🙃") * 1.0;
        return praise == 0 || criticism >= praise;
    }

    // Praise followed by a contrast and a lack ("Fin park men inga bänkar", "beautiful but there's no safe crossing")
    // is a complaint wrapped in politeness; a contrast towards more praise ("kallt men underbart") is not, nor a verb
    // negated ("but not sure"): only a thing missing counts.
    private static bool PraiseThenLack(TextContext context)
    {
        var firstPraise = context.Matches.FindIndex(static m => m.Cue == Cue.Praise);
        var tokens = context.Tokens;
        var contrast = context.Language == "sv" ? "men" : "but";
        var at = firstPraise < 0 ? tokens.Count : context.Matches[firstPraise].Last + 1;
        while (at < tokens.Count && tokens[at].Norm != contrast)
        {
            at++;
        }

        var (from, to) = context.MatchesStartingIn(at + 1, tokens.Count - 1);
        for (var m = from; m < to && tokens[context.Matches[m].First].Sentence == tokens[at].Sentence; m++)
        {
            var negation = context.Matches[m];
            if (negation.Cue == Cue.Negation && Lack.Contains(tokens[negation.First].Norm)
                && !(negation.First + 1 < tokens.Count && Reassurance.Contains(tokens[negation.First + 1].Norm)))
            {
                return true;
            }
        }

        return false;
    }

    // Up to two openers from the start of the sentence, then a plain question word: a question written without its
    // question mark, as people type them.
    private static bool AfterOpeners(TextContext context, int token)
    {
        var tokens = context.Tokens;
        if (!PlainQuestionWords.Contains(tokens[token].Norm))
        {
            return false;
        }

        for (var t = token - 1; t >= 0 && t >= token - 2; t--)
        {
            if (!Openers.Contains(tokens[t].Norm) || tokens[t].Sentence != tokens[token].Sentence)
            {
                return false;
            }

            if (tokens[t].Has(TokenFlags.SentenceStart))
            {
                return true;
            }
        }

        return false;
    }

    private static int CountEmoji(string text, string set)
    {
        var count = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value > 0x2000 && set.Contains(rune.ToString(), StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }
}
