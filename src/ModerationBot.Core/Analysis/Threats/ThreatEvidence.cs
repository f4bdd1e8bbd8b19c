using ModerationBot.Core.Analysis.Language;
using ModerationBot.Core.Analysis.Lexicons;
using ModerationBot.Core.Analysis.Scoring;

namespace ModerationBot.Core.Analysis.Threats;

/// <summary>
/// Sentence-level evidence model: a harm cue (violent verb, weapon, "blod", "kista", "göra illa", "knock out") or a
/// proximity cue ("vet vilken skola", "utanför ert kontor"), plus a target (you, staff, a person, the office), a
/// frame of intent, condition or wish ("ska", "annars", "innan", "hoppas", "kan någon", "if", "or else") and the
/// writer as agent. Each kind of evidence counts once, weighted in <c>scoring.json</c>; the sentence and its
/// neighbours are read together so "Jag hittar er." after "Ni vet inte vem ni bråkar med." still counts.
/// </summary>
internal static class ThreatEvidence
{
    public static (ThreatSeverity Severity, double Score, CueMatch Anchor)? Assess(TextContext context, ScoringWeights weights, ref bool reported)
    {
        (ThreatSeverity, double, CueMatch)? best = null;
        foreach (var match in context.Matches)
        {
            var harm = match.Cue switch
            {
                Cue.Violence => 1.0,
                Cue.Vehicle => VehicleAsWeapon(context, match) ? 1.0 : -1,
                Cue.ViolenceNoun when ThreatDetector.IsTool(match) => CarriedAtSomeone(context, match) ? 1.0 : -1,
                Cue.ViolenceNoun or Cue.Harm => match.Entry.Weight,
                Cue.Proximity => 0,
                _ => -1,
            };
            if (harm < 0 || Guarded(context, match))
            {
                continue;
            }

            if (ThreatDetector.IsReported(context, match))
            {
                reported = true;
                continue;
            }

            var sentence = context.Tokens[match.First].Sentence;
            var proximity = match.Cue == Cue.Proximity || context.AnyInSentences(sentence, 0, Cue.Proximity)
                || (harm > 0 && context.AnyInSentences(sentence, 0, Cue.Presence));
            var target = context.AnyInSentences(sentence, 1, Cue.SecondPerson) || context.AnyInSentences(sentence, 1, Cue.SecondPersonPlural)
                || context.AnyInSentences(sentence, 0, Cue.Staff) || context.AnyInSentences(sentence, 0, Cue.Politician)
                || context.AnyInSentences(sentence, 0, Cue.PersonRef) || context.AnyInSentences(sentence, 0, Cue.ThirdPerson)
                || context.AnyInSentences(sentence, 0, Cue.Organisation) || context.AnyInSentences(sentence, 0, Cue.Group)
                || match.Cue == Cue.Vehicle;
            var frame = context.AnyInSentences(sentence, 0, Cue.Intent) || context.AnyInSentences(sentence, 0, Cue.Wish)
                || context.AnyInSentences(sentence, 0, Cue.Frame) || Imperative(context, match) || ThreatDetector.IsTool(match);
            var agent = context.AnyInSentences(sentence, 0, Cue.FirstPerson) || context.AnyInSentences(sentence, 0, Cue.WriterGroup);
            if (!target || (!frame && !proximity) || (!proximity && !agent && Account(context, match, sentence)))
            {
                continue;
            }

            var score = harm * weights.Weight("threat.evidence.harm")
                + weights.Weight("threat.evidence.target")
                + (frame ? weights.Weight("threat.evidence.frame") : 0)
                + (agent ? weights.Weight("threat.evidence.agent") : 0)
                + (proximity ? weights.Weight("threat.evidence.proximity") : 0);
            if (score < weights.Threshold("threat.evidence") || (best is { } b && b.Item2 >= score))
            {
                continue;
            }

            var severity = harm >= weights.Weight("threat.evidence.high_harm") || proximity ? ThreatSeverity.High : ThreatSeverity.Medium;
            best = (severity, score, match);
        }

        return best;
    }

    // "Lena misshandlar hundarna när ingen ser", "he hits the kids whenever he's drunk": a violent verb whose only frame
    // is a clause of time, with nobody addressed and no intent or wish, tells of someone's habit (an accusation for the
    // defamation rule), not of a deed to come; "när du kommer ut slår jag dig" has the writer and the target.
    private static bool Account(TextContext context, CueMatch match, int sentence)
    {
        if (match.Cue != Cue.Violence || context.AnyInSentences(sentence, 0, Cue.Intent) || context.AnyInSentences(sentence, 0, Cue.Wish)
            || context.AnyInSentences(sentence, 1, Cue.SecondPerson) || context.AnyInSentences(sentence, 1, Cue.SecondPersonPlural)
            || Imperative(context, match))
        {
            return false;
        }

        // Only the match's own sentence is read: tokens run in sentence order, so walk back to its start.
        var tokens = context.Tokens;
        var first = match.First;
        while (first > 0 && tokens[first - 1].Sentence == sentence)
        {
            first--;
        }

        for (var t = first; t < tokens.Count && tokens[t].Sentence == sentence; t++)
        {
            if (context.Has(t, Cue.Frame) && tokens[t].Norm is not ("när" or "when" or "whenever" or "medan" or "while"))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Guarded(TextContext context, CueMatch match)
    {
        var first = match.First;
        return context.Has(first, Cue.Idiom) || IdiomAfter(context, match)
            || ThreatDetector.Negated(context, first) || WritersOwnPlace(context, match) || ThreatDetector.WriterSuffers(context, match)
            || (match.Cue != Cue.Violence && ThreatDetector.Benign(context, match))
            || (match.Cue != Cue.Violence && context.AnyInWindow(first, match.Last + 1, match.Last + 6, Cue.Comparison))
            || (match.Cue != Cue.Harm && !Passive(context, first) && context.AnyInWindow(first, first - 5, first - 1, Cue.InanimateSubject)
                && !context.AnyInWindow(first, first - 5, match.Last + 2, Cue.FirstPerson) && !TimeToAct(context, first))
            || TargetIsDoer(context, match) || ThreatDetector.OwnThing(context, match) || ThreatDetector.InSport(context, match)
            || ThreatDetector.AtAnAnimal(context, match);
    }

    // "Det är dags att någon slår ner…": "det" is the subject of "är dags", not of the verb, which has its own after "att".
    private static bool TimeToAct(TextContext context, int first)
    {
        var tokens = context.Tokens;
        for (var t = first - 1; t >= first - 4 && t >= 1 && tokens[t].Sentence == tokens[first].Sentence; t--)
        {
            if (tokens[t].Norm == "att" && tokens[t - 1].Norm is "dags" or "dax")
            {
                return true;
            }
        }

        return false;
    }

    // "ni vet ju var jag bor", "you know where I live": the writer's own home is no proximity to a target.
    private static bool WritersOwnPlace(TextContext context, CueMatch match) =>
        match.Cue == Cue.Proximity && context.AnyInWindow(match.First, match.First, match.Last + 1, Cue.FirstPerson);

    // "hur det är att bli slagen", "to be beaten": a passive names the one harmed, so "det" is no inanimate doer.
    private static bool Passive(TextContext context, int first) =>
        first > 0 && context.Tokens[first - 1].Norm is "bli" or "blir" or "be" or "get" or "getting";

    // Per-verb idiom continuations ("slå ett slag", "döda tiden") right after the verb; further off they are
    // ordinary words ("hurt someone at the town hall").
    private static bool IdiomAfter(TextContext context, CueMatch match)
    {
        var tokens = context.Tokens;
        for (var t = match.Last + 1; t <= match.Last + 2 && t < tokens.Count && tokens[t].Sentence == tokens[match.First].Sentence && !ThreatDetector.PersonObject(context, t); t++)
        {
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

    // "ni slår rekord", "ni ska slå igen skolan", "min dotter skadade sig", "slår ni sönder byn", "you hurt us": the addressee acts, nobody threatens them.
    internal static bool TargetIsDoer(TextContext context, CueMatch match)
    {
        // "min dotter skadade sig", "he hurt himself": the doer harms themself.
        if (match.Last + 1 < context.Tokens.Count && context.Tokens[match.Last + 1].Norm is "sig" or "himself" or "herself" or "themselves" or "itself" or "myself")
        {
            return true;
        }

        // "du ska dö", "ni brinner inne": with a verb nobody does to anyone, the subject is the one harmed.
        if (match.Cue is not (Cue.Violence or Cue.Vehicle) || context.Has(match.First, Cue.Intransitive))
        {
            return false;
        }

        var tokens = context.Tokens;
        var before = match.First - 1;
        while (before > match.First - 4 && before >= 0 && (context.Has(before, Cue.Intent) || context.Has(before, Cue.Frame) || tokens[before].Norm is "att"))
        {
            before--;
        }

        var after = match.Last + 1;
        return (before >= 0 && tokens[before].Sentence == tokens[match.First].Sentence && tokens[before].Norm is "ni" or "du" or "you" or "they" or "de" or "dom")
            || (after < tokens.Count && tokens[after].Sentence == tokens[match.First].Sentence && tokens[after].Norm is "ni" or "du" or "de" or "dom");
    }

    private static bool Imperative(TextContext context, CueMatch match) =>
        match.Cue == Cue.Violence && context.Tokens[match.First].Has(TokenFlags.SentenceStart);

    // "kör jag över honom med traktorn", "I'll run you over", "mejar ner dem med bilen": driving at a person is violence
    // when the writer drives or a vehicle is named; "politikerna kör över föräldrarna" (steamrolls) names neither, and
    // "ni kör över oss" makes the addressee the doer (see TargetIsDoer).
    private static bool VehicleAsWeapon(TextContext context, CueMatch match)
    {
        // Vehicles themselves (wt 0.5) are no verb; "run" (wt below 1) needs its particle after the person:
        // "run that councillor over", "run him down".
        if (match.Entry.Weight <= 0.5)
        {
            return false;
        }

        var tokens = context.Tokens;
        var sentence = tokens[match.First].Sentence;
        if (match.Entry.Weight < 1 && !SeparatedParticle(context, match))
        {
            return false;
        }
        var writer = false;
        for (var t = match.First - 1; t >= match.First - 4 && t >= 0 && tokens[t].Sentence == sentence && !writer; t--)
        {
            writer = context.Has(t, Cue.FirstPerson) || context.Has(t, Cue.WriterGroup);
        }

        for (var t = match.First; t <= match.Last && !writer; t++)
        {
            writer = tokens[t].Norm is "jag" or "ja" or "vi";
        }

        var person = false;
        var objectEnd = match.Entry.Weight < 1 ? match.Last + 4 : match.Last + 3;
        for (var t = match.First + 1; t <= objectEnd && t < tokens.Count && tokens[t].Sentence == sentence && !person; t++)
        {
            person = ThreatDetector.PersonObject(context, t) || context.Has(t, Cue.Staff) || context.Has(t, Cue.Politician)
                || context.Has(t, Cue.PersonRef) || context.Has(t, Cue.Group) || tokens[t].Norm is "dem" or "dom" or "them" or "u" or "ya";
        }

        // "Kommunalrådet borde köras över av sin egen sopbil", "get run over": a passive names the victim before it.
        var passive = false;
        for (var t = match.First; t <= match.Last && !passive; t++)
        {
            passive = tokens[t].Norm is "köras" or "överkörd" or "överkörda" or "by" or "get" or "gets" or "got";
        }

        for (var t = match.First - 1; passive && t >= match.First - 4 && t >= 0 && tokens[t].Sentence == sentence && !person; t--)
        {
            person = ThreatDetector.PersonObject(context, t) || context.Has(t, Cue.Staff) || context.Has(t, Cue.Politician)
                || context.Has(t, Cue.PersonRef) || context.Has(t, Cue.Group);
        }

        if (!person)
        {
            return false;
        }

        if (writer)
        {
            return true;
        }

        return MatchNear(context, match, Cue.Vehicle, static weight => weight <= 0.5);
    }

    // "run that councillor over": the particle two to four words on, with a person in between.
    private static bool SeparatedParticle(TextContext context, CueMatch match)
    {
        var tokens = context.Tokens;
        var person = false;
        for (var t = match.Last + 1; t <= match.Last + 4 && t < tokens.Count && tokens[t].Sentence == tokens[match.First].Sentence; t++)
        {
            if (person && tokens[t].Norm is "over" or "down")
            {
                return true;
            }

            person |= ThreatDetector.PersonObject(context, t) || context.Has(t, Cue.Staff) || context.Has(t, Cue.Politician)
                || context.Has(t, Cue.PersonRef) || tokens[t].Norm is "them" or "u" or "ya";
        }

        return false;
    }

    // A match of the cue within eight tokens of the anchor, in its sentence. Matches are in token order, so a binary
    // search finds the window and the work stays bounded per anchor.
    private static bool MatchNear(TextContext context, CueMatch anchor, Cue cue, Func<double, bool> weight)
    {
        var matches = context.Matches;
        var sentence = context.Tokens[anchor.First].Sentence;
        int low = 0, high = matches.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (matches[mid].First < anchor.First - 8)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        for (var m = low; m < matches.Count && matches[m].First <= anchor.Last + 8; m++)
        {
            var other = matches[m];
            if (other.Cue == cue && weight(other.Entry.Weight) && context.Tokens[other.First].Sentence == sentence)
            {
                return true;
            }
        }

        return false;
    }

    // "…and fix your broken chair", "för att laga staketet": the tool is for work.
    private static bool Handiwork(TextContext context, CueMatch match)
    {
        var tokens = context.Tokens;
        for (var t = Math.Max(0, match.First - 8); t <= match.Last + 12 && t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (token.Sentence == tokens[match.First].Sentence && token.Norm is "fix" or "fixa" or "fixar" or "laga" or "lagar" or "repair" or "mend" or "build"
                or "bygga" or "bygger" or "snickra" or "montera" or "hang" or "chop" or "klyva" or "spika")
            {
                return true;
            }
        }

        return false;
    }

    // "the planning office", "arbetsplatsen": a workplace (exposure below 1) is where the staff are.
    private static bool Workplace(TextContext context, CueMatch match) =>
        MatchNear(context, match, Cue.Exposed, static weight => weight <= 0.5);

    // A tool ("slagträ", "bat", "hammer") is a weapon when it is brought along ("tar med ett slagträ", "bring a bat to
    // the library") in a sentence that names people; "a new bat for the cricket club" is sports gear. Bringing it is
    // the plan, so it frames itself.
    private static bool CarriedAtSomeone(TextContext context, CueMatch match)
    {
        var tokens = context.Tokens;
        var sentence = tokens[match.First].Sentence;
        var carried = false;
        for (var t = match.First - 1; t >= match.First - 3 && t >= 0 && tokens[t].Sentence == sentence && !carried; t--)
        {
            carried = tokens[t].Norm is "bring" or "brings" or "bringing" or "brought" or "carry" or "carrying" or "grab" or "med" or "medhavd";
        }

        // Brought to the office ("till socialkontoret", "to the library") for its people: a work day in the park, a
        // cricket game or a question to the staff ("kan ni ta med en yxa till vedhuggningen") is none.
        return carried && !ThreatDetector.Benign(context, match) && !Handiwork(context, match)
            && (context.AnyInSentences(sentence, 0, Cue.Organisation) || Workplace(context, match))
            && !context.AnyInSentences(sentence, 0, Cue.Sport) && !context.AnyInSentences(sentence, 0, Cue.Activity)
            && (context.AnyInSentences(sentence, 0, Cue.FirstPerson) || context.AnyInSentences(sentence, 0, Cue.SecondPerson) || context.AnyInSentences(sentence, 0, Cue.SecondPersonPlural)
                || context.AnyInSentences(sentence, 0, Cue.Staff) || context.AnyInSentences(sentence, 0, Cue.Politician)
                || context.AnyInSentences(sentence, 0, Cue.ThirdPerson) || context.AnyInSentences(sentence, 0, Cue.Group)
                || context.AnyInSentences(sentence, 0, Cue.PersonRef));
    }
}
