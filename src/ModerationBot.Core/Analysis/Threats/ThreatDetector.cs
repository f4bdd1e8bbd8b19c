using ModerationBot.Core.Analysis.Language;
using ModerationBot.Core.Analysis.Lexicons;
using ModerationBot.Core.Analysis.Scoring;

namespace ModerationBot.Core.Analysis.Threats;

/// <summary>
/// Finds threats: a violent verb or weapon word framed as intent or wish ("ska", "kommer att", "borde", "will",
/// "should", "deserves"), or a veiled threat phrase ("jag vet var du bor", "watch your back"). Violent idioms,
/// negated statements and quoted or reported threats are not threats by the writer.
/// </summary>
internal static class ThreatDetector
{
    private const int IntentWindow = 8;

    public static ThreatResult Assess(TextContext context, ScoringWeights weights)
    {
        ThreatSeverity? severity = null;
        double score = 0;
        int start = 0, end = 0;
        var reported = false;
        foreach (var match in context.Matches)
        {
            var candidate = match.Cue switch
            {
                Cue.Violence or Cue.ViolenceNoun => Explicit(context, match, ref reported, weights),
                Cue.Veiled => Veiled(context, match, ref reported, weights),
                _ => null,
            };
            if (candidate is not { } found || found.Score <= score)
            {
                continue;
            }

            (severity, score) = found;
            (start, end) = context.Span(match);
        }

        if (severity is null || score < weights.Threshold("threat"))
        {
            return new ThreatResult(null, score, 0, 0, reported);
        }

        return new ThreatResult(new ThreatAssessment(severity.Value, ThreatTargetResolver.Resolve(context)), score, start, end, reported);
    }

    private static (ThreatSeverity Severity, double Score)? Explicit(TextContext context, CueMatch match, ref bool reported, ScoringWeights weights)
    {
        if (IsIdiom(context, match) || context.AnyInWindow(match.First, match.First - 3, match.First - 1, Cue.Negation))
        {
            return null;
        }

        if (IsReported(context, match))
        {
            reported = true;
            return null;
        }

        var first = match.First;
        var framed = context.AnyInWindow(first, first - IntentWindow, first - 1, Cue.Intent)
            || context.AnyInWindow(first, first - IntentWindow, match.Last + 4, Cue.Wish)
            || (match.Cue == Cue.ViolenceNoun && context.AnyInWindow(first, first, match.Last + 4, Cue.Intent));
        var personal = match.Cue == Cue.Violence
            && (context.AnyInWindow(first, first - 1, match.Last + 1, Cue.FirstPerson) || AddressesYou(context, match));
        if (!framed && !personal)
        {
            return null;
        }

        return (ThreatSeverity.High, weights.Weight("threat.explicit"));
    }

    private static (ThreatSeverity Severity, double Score)? Veiled(TextContext context, CueMatch match, ref bool reported, ScoringWeights weights)
    {
        if (IsReported(context, match))
        {
            reported = true;
            return null;
        }

        var severity = match.Entry.Severity ?? ThreatSeverity.Medium;
        return (severity, weights.Weight(severity == ThreatSeverity.High ? "threat.veiled_high" : "threat.veiled_medium"));
    }

    private static bool IsIdiom(TextContext context, CueMatch match)
    {
        if (context.Has(match.First, Cue.Idiom))
        {
            return true;
        }

        var tokens = context.Tokens;
        for (var t = match.Last + 1; t <= match.Last + 3 && t < tokens.Count; t++)
        {
            if (tokens[t].Sentence != tokens[match.First].Sentence)
            {
                break;
            }

            foreach (var next in match.Entry.IdiomNext)
            {
                if (next == tokens[t].Norm)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "han skrev 'jag ska döda dig'": the writer reports someone else's words.
    private static bool IsReported(TextContext context, CueMatch match) =>
        context.Tokens[match.First].Has(TokenFlags.Quoted)
        || context.AnyInWindow(match.First, match.First - 12, match.First - 1, Cue.Report);

    private static bool AddressesYou(TextContext context, CueMatch match)
    {
        var tokens = context.Tokens;
        for (var t = match.Last + 1; t <= match.Last + 2 && t < tokens.Count; t++)
        {
            if (tokens[t].Norm is "dig" or "dej" or "you")
            {
                return true;
            }
        }

        return false;
    }
}
