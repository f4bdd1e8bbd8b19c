using ModerationBot.Core.Analysis.Language;
using ModerationBot.Core.Analysis.Lexicons;
using ModerationBot.Core.Analysis.PersonalData.Names;
using ModerationBot.Core.Analysis.Scoring;

namespace ModerationBot.Core.Analysis.Rules;

/// <summary>
/// Scores every comment rule except threats as a capped sum of weighted lexicon cues plus a few structural
/// signals (links, prices, repetition). Each weight comes from the lexicon or <c>scoring.json</c>.
/// </summary>
internal static class RuleScorer
{
    public static List<RuleScore> Score(TextContext context, ScoringWeights weights)
    {
        var sums = new double[Enum.GetValues<RuleId>().Length];
        var forACause = SpamSignals.ForACause(context.Tokens);
        var spans = new (int Start, int End)?[sums.Length];
        foreach (var match in context.Matches)
        {
            // "the guts to", "bribed my kids": the entry's own continuation turns its word into an idiom.
            if (context.IdiomContinues(match))
            {
                continue;
            }

            var (rule, weight) = Contribution(context, match, weights);
            if (rule == RuleId.Commercial && forACause)
            {
                continue;
            }

            if (rule is not { } id || weight <= 0)
            {
                continue;
            }

            sums[(int)id] += weight;
            spans[(int)id] ??= context.Span(match);
        }

        AddHate(context, weights, sums, spans);
        var run = RepeatedRun.Find(context.Tokens);
        SpamSignals.Add(context, weights, sums, forACause, run);
        if (MentionSignals.RepeatedMention(context.Text))
        {
            sums[(int)RuleId.Harassment] += weights.Weight("harassment.repeated_mention");
        }

        // A name shouted three times in a row hounds only with a persistence beside it ("jag fortsätter … PETRA ÅBERG.
        // PETRA ÅBERG. PETRA ÅBERG"); alone it may be a cheer ("Heja Sverige Heja Sverige Heja Sverige").
        if (run is { } named && named.IsName(context.Text, context.Tokens))
        {
            sums[(int)RuleId.Harassment] += weights.Weight("harassment.repeated_name");
        }

        var scores = new List<RuleScore>();
        for (var r = 0; r < sums.Length; r++)
        {
            if (sums[r] > 0)
            {
                scores.Add(new RuleScore((RuleId)r, Math.Min(1.0, sums[r]), spans[r]?.Start, spans[r]?.End));
            }
        }

        return scores;
    }

    private static (RuleId?, double) Contribution(TextContext context, CueMatch match, ScoringWeights weights) => (RuleOf(match.Cue), match.Cue switch
    {
        Cue.InsultNoun => Negated(context, match) ? 0 : match.Entry.Weight,
        Cue.InsultWeak => Framed(context, match) && !Negated(context, match) ? weights.Weight("insult.weak_framed") : 0,
        Cue.Profanity => Intensifier(context, match) ? 0 : match.Entry.Weight,
        Cue.Harassment => Harassing(context, match, weights) ? match.Entry.Weight : 0,
        Cue.Defamation => Defaming(context, match, weights),
        Cue.Commercial => context.InQuestion(match.First) ? 0 : match.Entry.Weight,
        Cue.Dehumanising => 0,
        _ => match.Entry.Weight,
    });

    /// <summary>The rule a cue speaks for (dehumanising words only beside a group, see AddHate), or null.</summary>
    private static RuleId? RuleOf(Cue cue) => cue switch
    {
        Cue.InsultNoun or Cue.InsultWeak => RuleId.Insult,
        Cue.Profanity => RuleId.Profanity,
        Cue.Slur or Cue.Dehumanising => RuleId.HateSpeech,
        Cue.Harassment => RuleId.Harassment,
        Cue.Defamation => RuleId.Defamation,
        Cue.Incitement => RuleId.Incitement,
        Cue.Copyright => RuleId.Copyright,
        Cue.Disinformation => RuleId.Disinformation,
        Cue.Confidential => RuleId.Confidential,
        Cue.SexualContent => RuleId.ViolentOrSexualContent,
        Cue.Commercial => RuleId.Commercial,
        Cue.Spam => RuleId.Spam,
        _ => null,
    };

    /// <summary>
    /// Whether the lexicons have words of <paramref name="rule"/> in the comment, whatever the guards then made of them
    /// ("drick inte vattnet" in a real boil notice, "säljer" in a sale for a cause).
    /// </summary>
    public static bool Worded(TextContext context, RuleId rule)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var match in context.Matches)
        {
            if (RuleOf(match.Cue) == rule)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Negated(TextContext context, CueMatch match) =>
        context.AnyInWindow(match.First, match.First - 2, match.First - 1, Cue.Negation)
        && !context.AnyInWindow(match.First, match.First - 2, match.First - 1, Cue.Profanity);

    // "fy fan vad bra", "fucking great job": a curse that only strengthens praise right after it is no breach.
    private static bool Intensifier(TextContext context, CueMatch match) =>
        context.AnyInWindow(match.First, match.Last + 1, match.Last + 2, Cue.Praise)
        && !context.AnyInWindow(match.First, match.Last + 1, match.Last + 2, Cue.Negation);

    // "korkad" is criticism of a decision until it is said of a person: "ni är korkade", "you are stupid",
    // "rektorn är en lat gris"; "det är en dum idé" has no person before its copula.
    private static bool Framed(TextContext context, CueMatch match) =>
        context.AnyInWindow(match.First, match.First - 4, match.First - 1, Cue.InsultFrame)
        || context.AnyInWindow(match.First, match.Last + 1, match.Last + 2, Cue.Politician)
        || context.AnyInWindow(match.First, match.Last + 1, match.Last + 2, Cue.Staff)
        || NamedAs(context, match);

    // The person may be placed by a phrase before the copula ("the clerk at the housing office is a … cow").
    private const int PersonReach = 6;

    // A person, a copula and an indefinite article before the word call the person a name ("handläggaren är en
    // lögnare", "the councillor is a rat"); "handläggaren var värdelös i telefon" and "hon har en dum idé" do not.
    private static bool NamedAs(TextContext context, CueMatch match)
    {
        var tokens = context.Tokens;
        for (var a = match.First - 1; a >= Math.Max(1, match.First - 3); a--)
        {
            if (tokens[a].Norm is "en" or "ett" or "ena" or "a" or "an")
            {
                var copula = a - 1;
                return context.AnyInWindow(match.First, copula, copula, Cue.Copula)
                    && tokens[copula].Norm is not ("har" or "hade" or "has" or "had")
                    && PersonIn(context, match.First, copula - PersonReach, copula - 1);
            }
        }

        return false;
    }

    private static bool PersonIn(TextContext context, int anchor, int from, int to) =>
        context.AnyInWindow(anchor, from, to, Cue.Staff) || context.AnyInWindow(anchor, from, to, Cue.Relation) || context.AnyInWindow(anchor, from, to, Cue.Politician)
        || context.AnyInWindow(anchor, from, to, Cue.ThirdPerson) || context.AnyInWindow(anchor, from, to, Cue.SecondPerson)
        || context.AnyInWindow(anchor, from, to, Cue.SecondPersonPlural);

    // Persistence and reach ("jag fortsätter", "varje inlägg", "your private insta") harass a person, not the office:
    // "jag fortsätter ringa tills någon svarar" is a complaint. Words strong alone ("sexig") need no person.
    private static bool Harassing(TextContext context, CueMatch match, ScoringWeights weights) =>
        match.Entry.Weight >= weights.Weight("harassment.alone") || APerson(context);

    // An accusation of a crime is defamation of the person in sight; a strong one without a person asks for a look,
    // a weaker one ("fuskar", "under bordet", "corrupt") needs the person. A negation next to it denies it.
    private static double Defaming(TextContext context, CueMatch match, ScoringWeights weights)
    {
        if (context.AnyInWindow(match.First, match.First - 2, match.Last + 1, Cue.Negation))
        {
            return 0;
        }

        if (match.Entry.NamedOnly)
        {
            return NamedPerson(context) || context.AnyInComment(Cue.Staff) || context.AnyInComment(Cue.Relation) ? match.Entry.Weight : 0;
        }

        if (AboutSomeone(context))
        {
            return match.Entry.Weight;
        }

        return match.Entry.Weight >= weights.Weight("defamation.alone") ? weights.Weight("defamation.unnamed") : 0;
    }

    private static bool APerson(TextContext context) =>
        context.AnyInComment(Cue.Staff) || context.AnyInComment(Cue.Politician) || context.AnyInComment(Cue.ThirdPerson)
        || context.AnyInComment(Cue.SecondPerson);

    private static bool AboutSomeone(TextContext context) =>
        context.AnyInComment(Cue.Staff) || context.AnyInComment(Cue.Politician) || context.AnyInComment(Cue.ThirdPerson)
        || context.AnyInComment(Cue.Relation) || FullName(context);

    // "Jonas Eriksson på Gruvvägen", "Ahmed som har pizzerian": a known first name written as a name.
    private static bool NamedPerson(TextContext context)
    {
        for (var t = 0; t < context.Tokens.Count; t++)
        {
            if (KnownFirstName(context, t))
            {
                return true;
            }
        }

        return false;
    }

    // A known first name with a capitalised word after it names one person as plainly as a pronoun ("Daniel Frost,
    // who works at the leisure office, sells weed"); "Brook Primary" has no first name.
    private static bool FullName(TextContext context)
    {
        var tokens = context.Tokens;
        for (var t = 0; t + 1 < tokens.Count; t++)
        {
            if (tokens[t + 1].Has(TokenFlags.Capitalised) && tokens[t + 1].Sentence == tokens[t].Sentence && KnownFirstName(context, t))
            {
                return true;
            }
        }

        return false;
    }

    // A capitalised word the name lists know as a first name and not as an ordinary word too.
    private static bool KnownFirstName(TextContext context, int t)
    {
        var token = context.Tokens[t];
        var word = context.Text.AsSpan(token.Start, token.End - token.Start);
        return token.Has(TokenFlags.Capitalised) && NameLexicons.IsFirstName(word) && !NameLexicons.AmbiguousFirstNames.Contains(word);
    }


    // A group word and a dehumanising or expelling predicate in the same sentence (one pass, any order), or the predicate
    // in the sentence right after the group's: "Invandrarna får allt gratis. Skicka hem hela bunten." says it of them.
    private static void AddHate(TextContext context, ScoringWeights weights, double[] sums, (int, int)?[] spans)
    {
        var groups = new Dictionary<int, CueMatch>();
        var predicates = new Dictionary<int, CueMatch>();
        foreach (var match in context.Matches)
        {
            var sentence = context.Tokens[match.First].Sentence;
            if (match.Cue == Cue.Group)
            {
                groups.TryAdd(sentence, match);
            }
            else if (match.Cue == Cue.Dehumanising && !Negated(context, match)
                // "förstör allt för de nyanlända", "ruins everything for refugees": the group is who suffers, not who is blamed.
                && !context.IdiomContinues(match))
            {
                predicates.TryAdd(sentence, match);
            }
        }

        foreach (var (sentence, group) in groups)
        {
            if (predicates.TryGetValue(sentence, out var predicate) || predicates.TryGetValue(sentence + 1, out predicate))
            {
                sums[(int)RuleId.HateSpeech] += weights.Weight("hate.group_dehumanised");
                var from = Math.Min(group.First, predicate.First);
                var to = Math.Max(group.Last, predicate.Last);
                spans[(int)RuleId.HateSpeech] ??= (context.Tokens[from].Start, context.Tokens[to].End);
                return;
            }
        }
    }
}
