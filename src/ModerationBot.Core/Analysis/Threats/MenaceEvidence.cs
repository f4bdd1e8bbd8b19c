using ModerationBot.Core.Analysis.Language;
using ModerationBot.Core.Analysis.Lexicons;
using ModerationBot.Core.Analysis.Scoring;

namespace ModerationBot.Core.Analysis.Threats;

/// <summary>
/// Menace without violent words ("vi vet var du bor", "hoppas din familj är försäkrad", "your kids walk home
/// through the park"). Evidence per sentence and its neighbours, each kind counted once and weighted in
/// <c>scoring.json</c> (<c>threat.menace.*</c>): exposure (the target's family, home, belongings or routine),
/// menace (loss, danger or unease: "synd", "hända något", "insurance", "sleep well"; strength = entry weight),
/// frame (intent, wish, condition or insinuation: "vore", "tänk på", "just saying"), watch (the writer's knowledge
/// or presence: "jag vet", "I've been watching", "utanför") and a target. Reported speech and benign context
/// (an answer awaited, an invitation, an event, a hazard warning, a formal complaint) rule it out.
/// </summary>
internal static class MenaceEvidence
{
    // Sums of weights such as 0.4 + 0.2 + 0.15 may land a rounding error below a threshold they meet.
    private const double Epsilon = 1e-9;

    // Watch entries of full weight observe ("följer", "watching", "waiting"); lighter ones only know or are near.
    private const double Surveillance = 1.0;

    public static (ThreatSeverity Severity, double Score, CueMatch Anchor)? Assess(TextContext context, ScoringWeights weights, ref bool reported)
    {
        if (context.Tokens.Count == 0)
        {
            return null;
        }

        var sentences = new SentenceEvidence[context.Tokens[^1].Sentence + 1];
        var any = false;
        foreach (var match in context.Matches)
        {
            any |= Collect(context, match, sentences, weights);
        }

        if (!any)
        {
            return null;
        }

        (ThreatSeverity, double, CueMatch)? best = null;
        for (var s = 0; s < sentences.Length; s++)
        {
            if (sentences[s].Anchor is not { } anchor)
            {
                continue;
            }

            if (Score(context, sentences, s, weights) is not { } found)
            {
                continue;
            }

            // "Min pappa sa att han skulle komma hem till mig. Jag är rädd.": the fear follows a reported threat,
            // which a moderator should see, but it is not the writer's.
            if (context.AnyInSentences(s, 1, Cue.Report) || ThreatDetector.IsReported(context, anchor))
            {
                reported = true;
            }
            else if (best is not { } b || found.Score > b.Item2)
            {
                best = (found.Severity, found.Score, anchor);
            }
        }

        return best;
    }

    private static (ThreatSeverity Severity, double Score)? Score(TextContext context, SentenceEvidence[] sentences, int s, ScoringWeights weights)
    {
        double menace = 0, exposure = 0;
        bool benign = false, hint = false;
        for (var n = Math.Max(0, s - 1); n <= s + 1 && n < sentences.Length; n++)
        {
            menace = Math.Max(menace, sentences[n].Menace);
            exposure = Math.Max(exposure, sentences[n].Exposure);
            benign |= sentences[n].Benign;
            hint |= sentences[n].Hint;
        }

        var target = context.AnyInSentences(s, 1, Cue.SecondPerson) || context.AnyInSentences(s, 1, Cue.SecondPersonPlural)
            || context.AnyInSentences(s, 1, Cue.Staff) || context.AnyInSentences(s, 1, Cue.Politician)
            || context.AnyInSentences(s, 1, Cue.Organisation) || context.AnyInSentences(s, 1, Cue.Group)
            || context.AnyInSentences(s, 1, Cue.PersonRef) || context.AnyInSentences(s, 1, Cue.ThirdPerson);
        var owned = weights.Weight("threat.menace.owned");
        var routine = target && context.AnyInSentences(s, 1, Cue.Routine);
        if (routine)
        {
            exposure = Math.Max(exposure, owned);
        }

        // Family (weight 1), home, belongings and routine are private; a workplace ("ert kontor", weight 0.5) is also
        // where people go to complain, so it adds weight but cannot carry a menace alone.
        var people = exposure >= 1;
        var privately = exposure >= owned;
        var watch = (context.AnyInSentences(s, 0, Cue.Watch) || context.AnyInSentences(s, 0, Cue.Proximity) || context.AnyInSentences(s, 0, Cue.Presence))
            && (context.AnyInSentences(s, 0, Cue.FirstPerson) || context.AnyInSentences(s, 0, Cue.WriterGroup));
        var frame = context.AnyInSentences(s, 1, Cue.Insinuation) || context.AnyInSentences(s, 1, Cue.Intent) || context.AnyInSentences(s, 1, Cue.Wish)
            || context.AnyInSentences(s, 1, Cue.Frame);

        // Pointing at the target's family, home or routine needs no harm word when the writer knows or hints:
        // "vi vet var dina barn går i skolan", "remember that your kids walk home through the park".
        // Without anyone named, only the writer's own hint of something strong counts ("I'm saying something
        // will happen"): on the municipality's page it is aimed at whoever reads it, target unknown.
        var writer = context.AnyInSentences(s, 1, Cue.FirstPerson) || context.AnyInSentences(s, 1, Cue.WriterGroup);
        var untargeted = !target && hint && writer && menace >= weights.Weight("threat.menace.untargeted");
        if (benign || (!target && !untargeted) || (menace == 0 && !(privately && (watch || hint))))
        {
            return null;
        }

        var score = exposure * weights.Weight("threat.menace.exposure")
            + menace * weights.Weight("threat.menace.menace")
            + (frame ? weights.Weight("threat.menace.frame") : 0)
            + (watch ? weights.Weight("threat.menace.watch") : 0)
            + (hint ? weights.Weight("threat.menace.hint") : 0)
            + weights.Weight(target ? "threat.menace.target" : "threat.menace.writer");
        if (score + Epsilon < weights.Threshold("threat.menace"))
        {
            return null;
        }

        // Menace aimed at the target's family, or knowing where their home or routine is, or being there, is as
        // serious as a threat of violence; vaguer unease stays medium unless its words are strong ("be afraid").
        var high = people || (privately && (watch || menace >= weights.Weight("threat.menace.exposed_menace")))
            || (watch && menace > 0) || menace >= weights.Weight("threat.menace.high_menace");
        return (high ? ThreatSeverity.High : ThreatSeverity.Medium, score);
    }

    private static bool Collect(TextContext context, CueMatch match, SentenceEvidence[] sentences, ScoringWeights weights)
    {
        ref var sentence = ref sentences[context.Tokens[match.First].Sentence];
        switch (match.Cue)
        {
            case Cue.Menace:
                sentence.Menace = Math.Max(sentence.Menace, match.Entry.Weight);
                break;
            case Cue.Exposed:
                // "din son", "era namn och adresser", "rektorns bil", "the house you've got", "that house of yours":
                // the target's, not the writer's.
                sentence.Exposure = Math.Max(sentence.Exposure, Exposure(context, match, weights));
                break;
            case Cue.Watch when match.Entry.Weight >= Surveillance && Observed(context, match):
                // "jag följer varje steg du tar", "I've been watching you": watching a person is itself menace.
                sentence.Menace = Math.Max(sentence.Menace, weights.Weight("threat.menace.surveillance"));
                break;
            case Cue.Insinuation:
                // Conditionals ("vore", "would") frame a menace; only real hints ("tänk på", "just saying") point at it.
                sentence.Hint |= match.Entry.Weight >= 1 && !Instruction(context, match);
                return false;
            case Cue.Benign:
                sentence.Benign |= !context.AnyInWindow(match.First, match.First - 2, match.First - 1, Cue.Negation);
                return false;
            case Cue.Routine or Cue.Watch:
                break;
            default:
                return false;
        }

        sentence.Anchor ??= match;
        return true;
    }

    // "era bilar" on the municipality's page are the organisation's cars: only people ("era barn") stay private.
    private static double Exposure(TextContext context, CueMatch match, ScoringWeights weights)
    {
        if (!Owned(context, match))
        {
            return 0;
        }

        var plural = context.AnyInWindow(match.First, match.First - 3, match.First, Cue.SecondPersonPlural)
            && !context.AnyInWindow(match.First, match.First - 3, match.First, Cue.SecondPerson);
        return plural && match.Entry.Weight < 1 ? Math.Min(match.Entry.Weight, weights.Weight("threat.menace.organisation_exposure")) : match.Entry.Weight;
    }

    private static bool Owned(TextContext context, CueMatch match) =>
        context.Has(match.First, Cue.SecondPerson) || context.Has(match.First, Cue.SecondPersonPlural)
        || context.AnyInWindow(match.First, match.First - 3, match.First - 1, Cue.SecondPerson)
            || context.AnyInWindow(match.First, match.First - 3, match.First - 1, Cue.SecondPersonPlural)
            || context.AnyInWindow(match.First, match.First - 2, match.First - 1, Cue.ThirdPerson)
            || context.AnyInWindow(match.First, match.First - 2, match.First - 1, Cue.Staff)
            || context.AnyInWindow(match.First, match.First - 2, match.First - 1, Cue.Politician)
            || context.AnyInWindow(match.First, match.Last + 1, match.Last + 1, Cue.SecondPerson)
            || OfYours(context, match.Last);

    // A person watched ("följer varje steg du tar", "watching you", "sett henne"), not their things ("sett era bilar").
    private static bool Observed(TextContext context, CueMatch match)
    {
        var tokens = context.Tokens;
        for (var t = match.Last + 1; t <= match.Last + 4 && t < tokens.Count && tokens[t].Sentence == tokens[match.First].Sentence; t++)
        {
            var person = context.Has(t, Cue.SecondPerson) || context.Has(t, Cue.SecondPersonPlural) || context.Has(t, Cue.ThirdPerson)
                || context.Has(t, Cue.Staff) || context.Has(t, Cue.Politician);
            if (person && !context.Has(t + 1, Cue.Exposed) && !context.Has(t + 1, Cue.Routine))
            {
                return true;
            }
        }

        return false;
    }

    // "kom ihåg att hämta dina barn", "remember to put your bins out": a reminder to act, not a pointed hint
    // ("kom ihåg att dina barn…", "remember that your kids…").
    private static bool Instruction(TextContext context, CueMatch match)
    {
        var tokens = context.Tokens;
        var next = match.Last + 1;
        if (next >= tokens.Count || tokens[next].Sentence != tokens[match.First].Sentence)
        {
            return false;
        }

        if (tokens[next].Norm == "to")
        {
            return true;
        }

        var verb = next + 1;
        return tokens[next].Norm == "att" && verb < tokens.Count && tokens[verb].Sentence == tokens[next].Sentence
            && tokens[verb].Norm.EndsWith('a') && !context.Has(verb, Cue.SecondPerson) && !context.Has(verb, Cue.SecondPersonPlural)
            && !context.Has(verb, Cue.ThirdPerson) && !context.Has(verb, Cue.FirstPerson) && !context.Has(verb, Cue.Exposed);
    }

    private static bool OfYours(TextContext context, int last)
    {
        var tokens = context.Tokens;
        return last + 2 < tokens.Count && tokens[last + 1].Norm == "of" && tokens[last + 2].Norm == "yours";
    }

    private struct SentenceEvidence
    {
        public CueMatch? Anchor;
        public double Menace;
        public double Exposure;
        public bool Benign;
        public bool Hint;
    }
}
