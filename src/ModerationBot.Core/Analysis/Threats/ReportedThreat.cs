using ModerationBot.Core.Analysis.Language;
using ModerationBot.Core.Analysis.Lexicons;

namespace ModerationBot.Core.Analysis.Threats;

/// <summary>
/// Someone else's threat retold by the writer: "någon sa att de skulle 'ta honom'", "a message saying he'd get beaten
/// up", "someone wrote that they'd burn the school". A moderator should see it (review), but the writer threatens
/// nobody, so it is no threat and the menace net may not make it one.
/// </summary>
internal static class ReportedThreat
{
    /// <summary>How far after the speech verb or channel the future or modal may stand.</summary>
    internal const int ModalWindow = 8;

    /// <summary>How far after the modal the harm or the quoted phrase may stand.</summary>
    internal const int HarmWindow = 8;

    public static bool Find(TextContext context)
    {
        foreach (var match in context.Matches)
        {
            if (match.Cue == Cue.Report && Retells(context, match))
            {
                return true;
            }
        }

        return false;
    }

    // A speech verb, then within its sentence a future or modal ("skulle", "would", "he'd", "kommer att") and after it
    // harm in words ("beaten up", "bränna ner") or a quoted phrase aimed at a person ("'ta henne'", "'get back at all
    // of them'"); "kommunen sa att de skulle 'se över' saken" quotes no harm at anyone.
    private static bool Retells(TextContext context, CueMatch report)
    {
        var tokens = context.Tokens;
        var sentence = tokens[report.First].Sentence;
        var modal = ModalAfter(context, report.First + 1, report.Last + ModalWindow, sentence);

        // "någon skriver att hon \"snart får vad hon förtjänar\"": the quotation itself is the threat retold, modal or not.
        if (modal < 0)
        {
            for (var t = report.Last + 1; t <= report.Last + 3 && t < tokens.Count && tokens[t].Sentence == sentence; t++)
            {
                if (tokens[t].Has(TokenFlags.Quoted))
                {
                    return QuotesMenace(context, t, sentence);
                }
            }

            return false;
        }

        for (var m = 0; m < context.Matches.Count; m++)
        {
            var harm = context.Matches[m];
            if (harm.First <= modal || harm.First > modal + HarmWindow || tokens[harm.First].Sentence != sentence
                || harm.Cue is not (Cue.Violence or Cue.Harm or Cue.Veiled or Cue.ViolenceNoun) || ThreatDetector.IsIdiom(context, harm))
            {
                continue;
            }

            return true;
        }

        for (var t = modal + 1; t <= modal + HarmWindow && t < tokens.Count && tokens[t].Sentence == sentence; t++)
        {
            if (tokens[t].Has(TokenFlags.Quoted) && (ThreatDetector.PersonObject(context, t) || tokens[t].Norm is "dem" or "dom" or "them"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool QuotesMenace(TextContext context, int from, int sentence)
    {
        var tokens = context.Tokens;
        foreach (var match in context.Matches)
        {
            if (match.First >= from && tokens[match.First].Sentence == sentence && tokens[match.First].Has(TokenFlags.Quoted)
                && match.Cue is Cue.Violence or Cue.Harm or Cue.Veiled or Cue.Wish or Cue.Menace)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first future or modal in [from, to] before <paramref name="sentence"/> ends, or -1.</summary>
    internal static int ModalAfter(TextContext context, int from, int to, int sentence)
    {
        var tokens = context.Tokens;
        for (var t = from; t <= to && t < tokens.Count && tokens[t].Sentence == sentence; t++)
        {
            if (Modal(context, t))
            {
                return t;
            }
        }

        return -1;
    }

    private static bool Modal(TextContext context, int token)
    {
        var norm = context.Tokens[token].Norm;
        return context.Has(token, Cue.Intent) || norm is "skulle" or "ska" or "kommer" or "would" or "will" or "gonna"
            || norm.EndsWith("'d", StringComparison.Ordinal) || norm.EndsWith("'ll", StringComparison.Ordinal);
    }
}
