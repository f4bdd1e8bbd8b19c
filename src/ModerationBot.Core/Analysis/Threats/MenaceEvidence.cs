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
            // "kom ihåg vem som sa det" vouches for the writer's own words; it reports nobody.
            if ((context.AnyInSentences(s, 1, Cue.Report) && !context.AnyInSentences(s, 0, Cue.Agency)) || ThreatDetector.IsReported(context, anchor))
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
        bool benign = false, hint = false, fire = false, property = false, agency = false, disclosed = false;
        for (var n = Math.Max(0, s - 1); n <= s + 1 && n < sentences.Length; n++)
        {
            menace = Math.Max(menace, sentences[n].Menace);
            exposure = Math.Max(exposure, sentences[n].Exposure);
            benign |= sentences[n].Benign;
            hint |= sentences[n].Hint;
            fire |= sentences[n].Fire;
            property |= sentences[n].Property;
            agency |= sentences[n].Agency;
            disclosed |= sentences[n].Placed && sentences[n].Family;
        }

        var target = ThreatTargetResolver.AnyoneIn(context, s, 1);
        var owned = weights.Weight("threat.menace.owned");
        var routine = target && context.AnyInSentences(s, 1, Cue.Routine);
        if (routine)
        {
            exposure = Math.Max(exposure, owned);
        }

        // Ignition or flammability next to someone's property ("Fin altan du har. Trä brinner bra.", "Lovely old
        // library. Very flammable.") points at that property: it is exposed and its owner the target.
        if (disclosed)
        {
            exposure = Math.Max(exposure, 1.0);
        }

        // The writer's own barbecue ("vi grillade på altanen, tändstickorna var fuktiga") names no target.
        var writerOnly = !target && (context.AnyInSentences(s, 0, Cue.FirstPerson) || context.AnyInSentences(s, 0, Cue.WriterGroup));
        if (fire && !writerOnly && (property || context.AnyInSentences(s, 1, Cue.Organisation)))
        {
            exposure = Math.Max(exposure, owned);
            target = true;
        }

        // Family (weight 1), home, belongings and routine are private; a workplace ("ert kontor", weight 0.5) is also
        // where people go to complain, so it adds weight but cannot carry a menace alone.
        var people = exposure >= 1;
        var privately = exposure >= owned;
        var watch = (context.AnyInSentences(s, 0, Cue.Watch) || context.AnyInSentences(s, 0, Cue.Proximity) || context.AnyInSentences(s, 0, Cue.Presence))
            && (context.AnyInSentences(s, 0, Cue.FirstPerson) || context.AnyInSentences(s, 0, Cue.WriterGroup));

        // The writer vouching for the harm ("det lovar jag", "det ser vi till", "if I have my way") makes a menace
        // theirs; naming where the target's child can be found ("din son går i 4B på Tallbackaskolan") shows the
        // writer's knowledge as plainly as "jag vet".
        watch |= (agency && menace > 0) || (disclosed && people);
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

        // A forecast about the target's own future ("ni ska nog inte räkna med en lugn sommar", "you people won't be
        // feeling so smug") aims the menace at them more plainly than a remark in passing.
        var forecast = target && sentences[s].Anchor is { } at && Forecast(context, at.First);

        var score = exposure * weights.Weight("threat.menace.exposure")
            + (forecast ? weights.Weight("threat.menace.forecast") : 0)
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

        // "…fick ett meddelande: 'vi vet var du bor'": quoted words are someone else's.
        if (context.Tokens[match.First].Has(TokenFlags.Quoted) && match.Cue != Cue.Benign)
        {
            return false;
        }

        switch (match.Cue)
        {
            case Cue.Menace:
                // "you will regret nothing", "ni kommer inte att ångra något": the menace word is negated right after;
                // "never forget a face like the lovely librarian": an idiom continuation.
                if (context.AnyInWindow(match.First, match.Last + 1, match.Last + 1, Cue.Negation) || ThreatDetector.IsIdiom(context, match))
                {
                    return false;
                }

                sentence.Menace = Math.Max(sentence.Menace, match.Entry.Weight);
                break;
            case Cue.Exposed:
                // "din son", "era namn och adresser", "rektorns bil", "the house you've got", "that house of yours":
                // the target's, not the writer's.
                sentence.Exposure = Math.Max(sentence.Exposure, Exposure(context, match, weights));
                sentence.Family |= match.Entry.Weight >= 1 && !Writers(context, match) && !Reflexive(context, match);
                sentence.Property |= match.Entry.Weight < 1 && match.Entry.Weight >= weights.Weight("threat.menace.organisation_exposure")
                    && !Writers(context, match);
                break;
            case Cue.Calm:
                // "ni lär inte få många lugna nätter", "won't have a quiet day": peace denied to the target.
                if (!context.AnyInWindow(match.First, match.First - 5, match.First - 1, Cue.Negation))
                {
                    return false;
                }

                sentence.Menace = Math.Max(sentence.Menace, match.Entry.Weight);
                break;
            case Cue.Fire:
                // "one match left before the final": a game, not a match struck; "brinna av glädje", "brinna för": idioms.
                if (context.AnyInSentences(context.Tokens[match.First].Sentence, 0, Cue.Sport) || ThreatDetector.IsIdiom(context, match))
                {
                    return false;
                }

                // Weak words ("av trä", "wooden") are menace only; ignition and flammability point at the property.
                sentence.Menace = Math.Max(sentence.Menace, match.Entry.Weight);
                sentence.Fire |= match.Entry.Weight >= weights.Weight("threat.menace.fire");
                break;
            case Cue.Misfortune:
                // "ni kommer få lida för det här, jag lovar": suffering forecast counts, weakly, as menace; only the
                // writer's promise or a watch lifts it over the threshold ("lida av", "suffer the consequences" are idioms).
                if (ThreatDetector.IsIdiom(context, match) || ThreatDetector.Negated(context, match.First))
                {
                    return false;
                }

                sentence.Menace = Math.Max(sentence.Menace, weights.Weight("threat.menace.misfortune"));
                break;
            case Cue.Ominous:
                // "ta med hjälm", "bring a helmet", "something special planned": advice to protect oneself, or a
                // surprise, before an event hints at harm there; not at a bike ride, a rink or a building site.
                if (context.AnyInSentences(context.Tokens[match.First].Sentence, 1, Cue.Activity)
                    || context.AnyInSentences(context.Tokens[match.First].Sentence, 1, Cue.Sport))
                {
                    return false;
                }

                sentence.Menace = Math.Max(sentence.Menace, match.Entry.Weight);
                sentence.Hint = true;
                break;
            case Cue.Agency:
                sentence.Agency |= !ThreatDetector.IsIdiom(context, match);
                return false;
            case Cue.Locator:
                sentence.Placed |= Disclosing(context, match);
                return false;
            case Cue.Dwell:
                // "var varenda en på socialkontoret bor", "which street the housing officer lives on": someone else's home.
                if (!Residence(context, match))
                {
                    return false;
                }

                sentence.Exposure = Math.Max(sentence.Exposure, match.Entry.Weight);
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
                // A hazard (wt below 1: "elen", "gropen", "wiring") stays one when negated: "om ni inte fixar elen".
                sentence.Benign |= match.Entry.Weight < 1 || !context.AnyInWindow(match.First, match.First - 2, match.First - 1, Cue.Negation);
                return false;
            case Cue.Routine or Cue.Watch:
                break;
            default:
                return false;
        }

        sentence.Anchor ??= match;
        return true;
    }

    // "hoppas du får lida", "skulle inte gråta om nämndordföranden råkade ut för nåt", "hope karma catches up with you",
    // "I hope you lose your house": the writer wishes suffering or misfortune on a target. Low severity: a wish, with no
    // sign the writer will act. The wish comes first in the sentence; the target is next to the misfortune; negation
    // ("hoppas ingen behöver lida"), sparing ("slipper lida"), idioms ("lida av", "suffer the consequences"), praise,
    // benign context and reported or quoted words rule it out.
    public static CueMatch? IllWish(TextContext context, ref bool reported)
    {
        var tokens = context.Tokens;
        foreach (var match in context.Matches)
        {
            if (match.Cue != Cue.Misfortune || tokens[match.First].Has(TokenFlags.Quoted) || ThreatDetector.IsIdiom(context, match)
                || ThreatDetector.Negated(context, match.First) || context.AnyInWindow(match.First, match.First - 3, match.First - 1, Cue.Negation)
                || Spared(context, match.First))
            {
                continue;
            }

            // The wish within twelve words before, so a long sentence is not read again for every misfortune word.
            var sentence = tokens[match.First].Sentence;
            var from = Math.Max(0, match.First - 12);
            if (!context.AnyInWindow(match.First, from, match.First - 1, Cue.Wish) || context.AnyInSentences(sentence, 0, Cue.Praise)
                || context.AnyInSentences(sentence, 1, Cue.Benign))
            {
                continue;
            }

            var target = false;
            for (var t = Math.Max(from, match.First - 4); t <= match.Last + 4 && t < tokens.Count && tokens[t].Sentence == sentence && !target; t++)
            {
                target = ThreatDetector.PersonObject(context, t) || context.Has(t, Cue.Staff) || context.Has(t, Cue.Politician)
                    || context.Has(t, Cue.PersonRef) || context.Has(t, Cue.Group);
            }

            if (!target)
            {
                continue;
            }

            if (ThreatDetector.IsReported(context, match) || context.AnyInSentences(sentence, 0, Cue.Report))
            {
                reported = true;
                continue;
            }

            return match;
        }

        return null;
    }

    // "slipper lida", "spared the suffering": the wish is that nobody suffers.
    private static bool Spared(TextContext context, int first)
    {
        var tokens = context.Tokens;
        for (var t = first - 1; t >= first - 2 && t >= 0 && tokens[t].Sentence == tokens[first].Sentence; t--)
        {
            if (tokens[t].Norm is "slipper" or "slippa" or "spared" or "spare" or "avoid" or "undgå" or "undgår" or "behöva" or "behöver" or "have")
            {
                return true;
            }
        }

        return false;
    }

    // The target as the subject of a future or modal verb: "ni … ska", "du kommer", "ska du", "you won't", "skolchefen får snart".
    private static bool Forecast(TextContext context, int anchor)
    {
        var tokens = context.Tokens;
        var sentence = tokens[anchor].Sentence;
        var from = anchor;
        while (from > 0 && tokens[from - 1].Sentence == sentence)
        {
            from--;
        }

        for (var t = from; t < tokens.Count && tokens[t].Sentence == sentence; t++)
        {
            // Future and modal verbs only: a condition ("om du hyr") forecasts nothing.
            var future = context.Has(t, Cue.Intent) || tokens[t].Norm is "won't" or "wont" or "will" or "shall" or "kommer";
            if (tokens[t].Sentence != sentence || !future || context.Has(t, Cue.FirstPerson))
            {
                continue;
            }

            for (var p = Math.Max(0, t - 5); p <= t + 1 && p < tokens.Count; p++)
            {
                if (p != t && tokens[p].Sentence == sentence && (context.Has(p, Cue.SecondPerson) || context.Has(p, Cue.SecondPersonPlural)
                    || context.Has(p, Cue.Staff) || context.Has(p, Cue.Politician) || context.Has(p, Cue.PersonRef) || context.Has(p, Cue.Group)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "min bil", "my house": the writer's own things are no exposure of anyone.
    private static bool Writers(TextContext context, CueMatch match) =>
        context.AnyInWindow(match.First, match.First - 2, match.First - 1, Cue.FirstPerson);

    // A school, class or nursery in the sentence of the target's family member ("din son går i 4B på Tallbackaskolan",
    // "Miljöinspektören har en dotter på Solrosens förskola"), with nobody but the target named: not the writer's own
    // ("mina barn går på…", "min son går i samma klass som din dotter").
    private static bool Disclosing(TextContext context, CueMatch match)
    {
        // "Rektorns dotter sjöng så fint på skolavslutningen": praise of the child is news, not knowledge flaunted.
        var sentence = context.Tokens[match.First].Sentence;
        if (context.AnyInSentences(sentence, 0, Cue.FirstPerson) || context.AnyInSentences(sentence, 0, Cue.WriterGroup)
            || context.AnyInSentences(sentence, 0, Cue.Praise))
        {
            return false;
        }

        var target = context.AnyInSentences(sentence, 0, Cue.SecondPerson) || context.AnyInSentences(sentence, 0, Cue.SecondPersonPlural)
            || context.AnyInSentences(sentence, 0, Cue.Staff) || context.AnyInSentences(sentence, 0, Cue.Politician);
        return target && Placed(context, match.First);
    }

    // The place is where someone is: "på Tallbackaskolan", "på Solrosens förskola", "goes to Elm Grove nursery";
    // not "… på fredag, förskolan stänger tidigt", where the school is the subject of its own news.
    private static bool Placed(TextContext context, int locator)
    {
        var tokens = context.Tokens;
        static bool Preposition(string norm) => norm is "på" or "i" or "till" or "vid" or "at" or "to" or "in";
        if (locator >= 1 && tokens[locator - 1].Sentence == tokens[locator].Sentence && Preposition(tokens[locator - 1].Norm))
        {
            return true;
        }

        return locator >= 2 && tokens[locator - 2].Sentence == tokens[locator].Sentence && Preposition(tokens[locator - 2].Norm)
            && char.IsUpper(context.Text[tokens[locator - 1].Start])
            && context.OnlySpaceBetween(tokens[locator - 2].End, tokens[locator - 1].Start) && context.OnlySpaceBetween(tokens[locator - 1].End, tokens[locator].Start);
    }

    // "bor", "lives" after "var", "where", "vilken gata", "which street" within the sentence, with a person other than
    // the writer in between or right after: "var varenda en på socialkontoret bor", "where she lives".
    private static bool Residence(TextContext context, CueMatch match)
    {
        var tokens = context.Tokens;
        var sentence = tokens[match.First].Sentence;
        for (var t = match.First - 1; t >= match.First - 7 && t >= 0 && tokens[t].Sentence == sentence; t--)
        {
            if (tokens[t].Norm is "var" or "where" or "vilken" or "vilket" or "which")
            {
                // "jag vet inte var handläggaren bor", "I don't know where she lives": no knowledge.
                if (context.AnyInWindow(t, t - 2, t - 1, Cue.Negation))
                {
                    return false;
                }

                for (var p = t + 1; p <= match.Last + 1 && p < tokens.Count && tokens[p].Sentence == sentence; p++)
                {
                    if (context.Has(p, Cue.FirstPerson) || context.Has(p, Cue.WriterGroup))
                    {
                        return false;
                    }
                }

                for (var p = t + 1; p <= match.Last + 1 && p < tokens.Count && tokens[p].Sentence == sentence; p++)
                {
                    // "var de sover", "where they live": a plural pronoun is someone else too.
                    if (context.Has(p, Cue.SecondPerson) || context.Has(p, Cue.SecondPersonPlural) || context.Has(p, Cue.ThirdPerson)
                        || tokens[p].Norm is "de" or "dom" or "they"
                        || context.Has(p, Cue.Staff) || context.Has(p, Cue.Politician) || context.Has(p, Cue.Organisation)
                        || context.Has(p, Cue.PersonRef))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    // "era bilar" on the municipality's page are the organisation's cars: only people ("era barn") stay private.
    // "Rektorn har fixat betygen åt sin egen son på skolan", "the mayor hired his own daughter": the target's own relative
    // in an account of what the target did, not the writer showing where the family can be found.
    private static bool Reflexive(TextContext context, CueMatch match)
    {
        var tokens = context.Tokens;
        for (var t = match.First - 1; t >= Math.Max(0, match.First - 2); t--)
        {
            if (tokens[t].Norm is "sin" or "sina" or "sitt" || (tokens[t].Norm == "own" && t >= 1 && tokens[t - 1].Norm is "his" or "her" or "their"))
            {
                return true;
            }
        }

        return false;
    }

    // "jag kommer att skriva till din fru och dina kollegor", "I'm sending them to your boss and your mum": the family
    // is who the messages go to, harassment of the target, not a person put in danger.
    private static bool Recipient(TextContext context, CueMatch match)
    {
        var tokens = context.Tokens;
        var sentence = tokens[match.First].Sentence;
        var to = -1;
        for (var t = match.First - 1; t >= Math.Max(0, match.First - 6) && tokens[t].Sentence == sentence; t--)
        {
            if (tokens[t].Norm is "till" or "to")
            {
                to = t;
                break;
            }
        }

        for (var t = to - 1; to > 0 && t >= Math.Max(0, to - 4) && tokens[t].Sentence == sentence; t--)
        {
            if (Messaging(tokens[t].Norm))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Messaging(string norm) => norm is "skriva" or "skriver" or "skrev" or "mejla" or "mejlar" or "skicka" or "skickar"
        or "skickat" or "berätta" or "berättar" or "send" or "sending" or "sent" or "write" or "writing" or "email" or "emailing"
        or "forward" or "forwarding" or "post" or "posting" or "report" or "reporting" or "anmäla" or "anmäler";

    private static double Exposure(TextContext context, CueMatch match, ScoringWeights weights)
    {
        // "du hjälpte min mamma", "you helped my son": the writer's own family, whoever else is in the sentence.
        if (!Owned(context, match) || Writers(context, match) || Recipient(context, match))
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
            || OfYours(context, match.Last) || OfSomeone(context, match.Last);

    // "the home addresses of the whole licensing team", "bilen till enhetschefen", "villan som rektorn har".
    private static bool OfSomeone(TextContext context, int last)
    {
        var tokens = context.Tokens;
        if (last + 1 >= tokens.Count || tokens[last + 1].Norm is not ("of" or "till" or "åt" or "som"))
        {
            return false;
        }

        for (var t = last + 2; t <= last + 5 && t < tokens.Count && tokens[t].Sentence == tokens[last].Sentence; t++)
        {
            if (context.Has(t, Cue.Staff) || context.Has(t, Cue.Politician) || context.Has(t, Cue.SecondPerson) || context.Has(t, Cue.SecondPersonPlural))
            {
                return true;
            }
        }

        return false;
    }

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
        public bool Fire;
        public bool Property;
        public bool Agency;
        public bool Placed;
        public bool Family;
    }
}
