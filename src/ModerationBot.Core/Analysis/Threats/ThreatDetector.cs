using ModerationBot.Core.Analysis.Language;
using ModerationBot.Core.Analysis.Lexicons;
using ModerationBot.Core.Analysis.Scoring;

namespace ModerationBot.Core.Analysis.Threats;

/// <summary>
/// Finds threats: a violent verb or weapon word framed as intent or wish ("ska", "kommer att", "borde", "will",
/// "should", "deserves"), or a veiled threat phrase ("jag vet var du bor", "watch your back"). Violent idioms,
/// negated statements and quoted or reported threats are not threats by the writer.
/// </summary>
internal static partial class ThreatDetector
{
    private const int IntentWindow = 8;

    public static ThreatResult Assess(TextContext context, ScoringWeights weights)
    {
        ThreatSeverity? severity = null;
        double score = 0;
        int start = 0, end = 0;
        var reported = false;
        var inferred = false;
        var atPerson = false;
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
            atPerson = match.Cue == Cue.Violence;
        }

        if (ThreatEvidence.Assess(context, weights, ref reported) is { } evidence && evidence.Score > score)
        {
            // Sentence evidence that only strengthens a threat the words already carry does not make it inferred.
            inferred = severity is null || score < weights.Threshold("threat");
            (severity, score) = (evidence.Severity, evidence.Score);
            (start, end) = context.Span(evidence.Anchor);
        }

        // The menace model only speaks when nothing violent was found: its severity is no reason to change theirs.
        if ((severity is null || score < weights.Threshold("threat"))
            && MenaceEvidence.Assess(context, weights, ref reported) is { } menace)
        {
            (severity, score, inferred) = (menace.Severity, menace.Score, true);
            (start, end) = context.Span(menace.Anchor);
        }

        if ((severity is null || score < weights.Threshold("threat")) && MenaceEvidence.IllWish(context, ref reported) is { } wish)
        {
            (severity, score, inferred) = (ThreatSeverity.Low, weights.Weight("threat.veiled_low"), true);
            (start, end) = context.Span(wish);
        }

        if (severity is null || score < weights.Threshold("threat"))
        {
            return new ThreatResult(null, score, 0, 0, reported || ReportedThreat.Find(context));
        }

        // "Vi borde sätta eld på alla elsparkcyklar … Vem hänger på?", "Everyone should go round to the mayor's house …
        // bring anything that breaks a window": a call on the crowd to a deed against property is incitement (removed),
        // not the writer's threat; a violent verb at a person ("vi borde alla slå ner honom") stays a threat.
        if (!atPerson && CrowdCall(context, weights))
        {
            return new ThreatResult(null, 0, 0, 0, reported);
        }

        return new ThreatResult(new ThreatAssessment(severity.Value, ThreatTargetResolver.Resolve(context)), score, start, end, reported, inferred);
    }

    private static bool CrowdCall(TextContext context, ScoringWeights weights)
    {
        var sum = 0.0;
        foreach (var match in context.Matches)
        {
            if (match.Cue == Cue.Incitement)
            {
                sum += match.Entry.Weight;
            }
        }

        return sum >= weights.Threshold("incitement");
    }

    // Tools ("slagträ", "bat", "hammer") carry a weight between 0 and 1: weapons only when brought at someone (ThreatEvidence).
    internal static bool IsTool(CueMatch match) => match.Cue == Cue.ViolenceNoun && match.Entry.Weight is > 0 and < 1;

    private static (ThreatSeverity Severity, double Score)? Explicit(TextContext context, CueMatch match, ref bool reported, ScoringWeights weights)
    {
        if (IsTool(match) || IsIdiom(context, match) || Negated(context, match.First) || WriterSuffers(context, match))
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
            && (SpokenByWriter(context, match) || AddressesYou(context, match));
        if ((!framed && !personal) || (!personal && Benign(context, match)) || ThingsAsSubject(context, match) || ThreatEvidence.TargetIsDoer(context, match)
            || OwnThing(context, match) || InSport(context, match) || AtAnAnimal(context, match))
        {
            return null;
        }

        return (ThreatSeverity.High, weights.Weight("threat.explicit"));
    }

    private static (ThreatSeverity Severity, double Score)? Veiled(TextContext context, CueMatch match, ref bool reported, ScoringWeights weights)
    {
        // "jag har en kniv i köket som är skarpare än era argument": a comparison, not a weapon in hand.
        // "you will regret nothing if…": the menace is negated right after.
        if (context.AnyInWindow(match.First, match.Last + 1, match.Last + 6, Cue.Comparison)
            || context.AnyInWindow(match.First, match.Last + 1, match.Last + 1, Cue.Negation)
            || IsIdiom(context, match) || Benign(context, match) || RegretsADecision(context, match)
            || GenericSubject(context, match) || Grateful(context, match))
        {
            return null;
        }

        if (IsReported(context, match))
        {
            reported = true;
            return null;
        }

        var severity = match.Entry.Severity ?? ThreatSeverity.Medium;
        return (severity, weights.Weight(severity switch
        {
            ThreatSeverity.High => "threat.veiled_high",
            ThreatSeverity.Medium => "threat.veiled_medium",
            _ => "threat.veiled_low",
        }));
    }

    // "ni kommer att ångra nedläggningen", "ångra att ni lade ner biblioteket", "you'll regret cutting the buses": the
    // regret is about a named decision, a political forecast; "du kommer att ångra det här", "you'll regret crossing
    // me" stay veiled menace.
    private static bool RegretsADecision(TextContext context, CueMatch match)
    {
        var tokens = context.Tokens;
        var last = tokens[match.Last].Norm;
        if (last is not ("ångra" or "regret") || match.Last + 1 >= tokens.Count)
        {
            return false;
        }

        var sentence = tokens[match.First].Sentence;
        var end = Math.Min(tokens.Count - 1, match.Last + 5);
        for (var t = match.Last + 1; t <= end; t++)
        {
            if (tokens[t].Sentence != sentence)
            {
                end = t - 1;
                break;
            }

            if (context.Has(t, Cue.FirstPerson) || context.Has(t, Cue.WriterGroup))
            {
                return false;
            }
        }

        var next = tokens[match.Last + 1].Norm;
        if (tokens[match.Last + 1].Sentence != sentence)
        {
            return false;
        }

        if (next.EndsWith("ing", StringComparison.Ordinal) && next.Length > 5)
        {
            return true;
        }

        if (next == "att" && match.Last + 2 <= end && tokens[match.Last + 2].Norm is "ni" or "du")
        {
            return true;
        }

        for (var t = match.Last + 1; t <= end && t <= match.Last + 3; t++)
        {
            var norm = tokens[t].Norm;
            if (norm.Contains("beslut", StringComparison.Ordinal) || norm.StartsWith("decision", StringComparison.Ordinal)
                || (norm.EndsWith("ningen", StringComparison.Ordinal) && norm.Length > 8))
            {
                return true;
            }
        }

        return false;
    }

    // "vi ska krossa er i finalen", "we'll destroy you in the cup final": the violence happens in a game.
    internal static bool InSport(TextContext context, CueMatch match)
    {
        var tokens = context.Tokens;
        var sentence = tokens[match.First].Sentence;
        for (var t = match.Last + 1; t <= match.Last + 6 && t < tokens.Count && tokens[t].Sentence == sentence; t++)
        {
            if (context.Has(t, Cue.Sport) && t >= 1 && tokens[t - 1].Norm is "i" or "in" or "på" or "at" or "the"
                && (tokens[t - 1].Norm is not "the" || (t >= 2 && tokens[t - 2].Norm is "in" or "at")))
            {
                return true;
            }
        }

        return false;
    }

    // "vi får inte skjuta vargen", "jag skjuter ren och älg", "shoot that wolf", "vargarna borde skjutas": wolf debates and
    // hunting talk aim the verb at an animal. A person right after the verb ("skjut honom och vargen") keeps the threat.
    internal static bool AtAnAnimal(TextContext context, CueMatch match)
    {
        var tokens = context.Tokens;
        var sentence = tokens[match.First].Sentence;
        for (var t = match.Last + 1; t <= match.Last + 3 && t < tokens.Count && tokens[t].Sentence == sentence; t++)
        {
            if (context.Has(t, Cue.Animal))
            {
                return true;
            }

            if (PersonObject(context, t) || context.Has(t, Cue.Staff) || context.Has(t, Cue.Politician) || context.Has(t, Cue.Group)
                || context.Has(t, Cue.Relation) || context.Has(t, Cue.Organisation))
            {
                return false;
            }
        }

        // The loop has ruled out a person right after the verb: an animal before it is the one spoken of.
        return context.AnyInWindow(match.First, match.First - 4, match.First - 1, Cue.Animal);
    }

    // "smash my personal best", "krossa mitt eget rekord": the writer's own thing is the object, not a person
    // ("kill my husband" names a person and stays a threat).
    internal static bool OwnThing(TextContext context, CueMatch match)
    {
        var tokens = context.Tokens;
        var own = match.Last + 1;
        if (own + 1 >= tokens.Count || tokens[own].Sentence != tokens[match.First].Sentence
            || tokens[own].Norm is not ("my" or "min" or "mitt" or "mina" or "our" or "vårt" or "vår" or "våra"))
        {
            return false;
        }

        for (var t = own + 1; t <= own + 2 && t < tokens.Count && tokens[t].Sentence == tokens[own].Sentence; t++)
        {
            if (context.Has(t, Cue.Relation) || context.Has(t, Cue.Exposed) || context.Has(t, Cue.ThirdPerson) || context.Has(t, Cue.Staff)
                || context.Has(t, Cue.Politician) || context.Has(t, Cue.Group) || context.Has(t, Cue.InsultNoun) || context.Has(t, Cue.PersonRef))
            {
                return false;
            }
        }

        return true;
    }

    // An answer awaited, an invitation, an event, a hazard warning or a formal complaint next to the words:
    // "jag väntar på ert svar", "passa er för halkan", "innan någon skadar sig", "come and sign it".
    internal static bool Benign(TextContext context, CueMatch match) =>
        context.AnyInSentences(context.Tokens[match.First].Sentence, 1, Cue.Benign);

    // "inte slå", "won't hurt", "ska jag inte slå": a negation governs the verb only with nothing but subjects,
    // auxiliaries and adverbs of degree between; "om ni inte ändrar beslutet bränner jag…" is not negated.
    internal static bool Negated(TextContext context, int first)
    {
        var tokens = context.Tokens;
        for (var t = first - 1; t >= first - 3 && t >= 0 && tokens[t].Sentence == tokens[first].Sentence; t--)
        {
            // "i'm not" marks both words; only the negation word itself negates.
            if (context.Has(t, Cue.Negation) && !context.Has(t, Cue.FirstPerson))
            {
                return true;
            }

            if (!context.Has(t, Cue.Intent) && !context.Has(t, Cue.FirstPerson) && !context.Has(t, Cue.SecondPerson)
                && !context.Has(t, Cue.SecondPersonPlural) && !context.Has(t, Cue.ThirdPerson) && !context.Has(t, Cue.WriterGroup)
                && tokens[t].Norm is not ("att" or "to" or "vill" or "kan" or "kunna" or "skulle" or "would" or "could" or "can"
                    or "want" or "be" or "bli" or "get" or "ens" or "even" or "mer" or "more" or "längre" or "heller" or "ever"))
            {
                return false;
            }
        }

        return false;
    }

    // "det här kommer att döda centrum", "this will kill small businesses": a decision, not a person, does the harm.
    private static bool ThingsAsSubject(TextContext context, CueMatch match) =>
        match.Cue == Cue.Violence
        && context.AnyInWindow(match.First, match.First - 5, match.First - 1, Cue.InanimateSubject)
        && !context.AnyInWindow(match.First, match.First - 5, match.Last + 1, Cue.FirstPerson)
        && !AddressesYou(context, match);

    internal static bool IsIdiom(TextContext context, CueMatch match)
    {
        if (context.Has(match.First, Cue.Idiom))
        {
            return true;
        }

        var tokens = context.Tokens;
        for (var t = match.Last + 1; t <= match.Last + 3 && t < tokens.Count; t++)
        {
            // "hurt you the way…": once a person is the object, later words are no idiom ("hurt the economy").
            if (tokens[t].Sentence != tokens[match.First].Sentence || PersonObject(context, t))
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

    internal static bool PersonObject(TextContext context, int token) =>
        context.Has(token, Cue.SecondPerson) || context.Has(token, Cue.SecondPersonPlural) || context.Has(token, Cue.ThirdPerson);

    // "han skrev 'jag ska döda dig'", "she said that…": the writer reports someone else's words.
    internal static bool IsReported(TextContext context, CueMatch match)
    {
        var tokens = context.Tokens;
        if (tokens[match.First].Has(TokenFlags.Quoted))
        {
            return true;
        }

        for (var r = Math.Max(0, match.First - 12); r < match.First; r++)
        {
            if (tokens[r].Sentence == tokens[match.First].Sentence && context.Has(r, Cue.Report) && IntroducesSpeech(context, r))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SpeechFiller(string norm) => norm is "till" or "to" or "mig" or "me" or "oss" or "us" or "honom" or "henne"
        or "him" or "her" or "rakt" or "ut" or "öppet" or "direkt" or "straight" or "out" or "openly" or "flat" or "ju" or "faktiskt";

    private static bool IntroducesSpeech(TextContext context, int report)
    {
        var tokens = context.Tokens;
        // Adverbs and the listener may stand between the verb and its clause: "sa rakt ut till mig att han ska…".
        var reach = report + 3;
        for (var t = report + 1; t <= reach + 4 && t < tokens.Count && SpeechFiller(tokens[t].Norm); t++)
        {
            reach = t + 1;
        }

        for (var t = report + 1; t <= reach && t < tokens.Count; t++)
        {
            if (tokens[t].Norm is "att" or "that" or "någon" or "someone" || tokens[t].Has(TokenFlags.Quoted)
                || (t == report + 1 && context.Has(t, Cue.ThirdPerson)))
            {
                return true;
            }
        }

        return false;
    }

    // "jag slår", "slår jag ner honom", "sen spränger vi kontoret": the writer as the one acting, with nothing but a
    // space in between. "vi" only after the verb: "vi krossade dem i finalen" is sport talk in the past.
    private static bool SpokenByWriter(TextContext context, CueMatch match)
    {
        var tokens = context.Tokens;
        foreach (var t in (ReadOnlySpan<int>)[match.First - 1, match.Last + 1])
        {
            if (t >= 0 && t < tokens.Count && (context.Has(t, Cue.FirstPerson) || (t > match.Last && context.Has(t, Cue.WriterGroup))) && tokens[t].Norm is "jag" or "vi" or "i" or "we"
                && context.OnlySpaceBetween(tokens[Math.Min(t, match.First)].End, tokens[Math.Max(t, match.Last)].Start))
            {
                return true;
            }
        }

        return false;
    }

    // "…skadar dig", "kill you", or an imperative aimed at people: "Skjut dem!", "Hang him".
    private static bool AddressesYou(TextContext context, CueMatch match)
    {
        var tokens = context.Tokens;
        var imperative = tokens[match.First].Has(TokenFlags.SentenceStart);
        for (var t = match.Last + 1; t <= match.Last + 2 && t < tokens.Count; t++)
        {
            if (tokens[t].Norm is "dig" or "dej" or "you" or "u" or "ya"
                || (imperative && tokens[t].Norm is "dem" or "dom" or "honom" or "henne" or "them" or "him" or "her"))
            {
                return true;
            }
        }

        return false;
    }
}
