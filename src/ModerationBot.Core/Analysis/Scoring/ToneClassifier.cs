using ModerationBot.Core.Analysis.Language;
using ModerationBot.Core.Analysis.Lexicons;

namespace ModerationBot.Core.Analysis.Scoring;

/// <summary>
/// Tells comments to answer (questions, criticism, sarcasm, plain statements: the policies ask for answers to
/// those too) from praise and thanks, which need no action.
/// </summary>
internal static class ToneClassifier
{
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
                case Cue.Question when context.Tokens[match.First].Has(TokenFlags.SentenceStart):
                    return true;
            }
        }

        praise += CountEmoji(context.Text, "😂😍👏❤🥰👍🙏😊🙂😀😃😄😁🤗💪💚💙💛✨🎉💐🌷🌸") * 0.5;
        // An upside-down face turns the praise before it into irony ("Fantastiskt att skatten höjs igen 🙃").
        criticism += CountEmoji(context.Text, "🙄😡🤬👎🙃") * 1.0;
        return praise == 0 || criticism >= praise;
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
