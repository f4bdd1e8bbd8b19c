using ModerationBot.Core.Analysis.Language;
using ModerationBot.Core.Analysis.Lexicons;

namespace ModerationBot.Core.Analysis.Sensitive;

/// <summary>
/// Finds GDPR art. 9/10 data said about a person ("jag har diabetes", "min granne Per är alkoholist"). A term is
/// reported only when someone it is about can be found in the sentence; general talk ("platser för personer med
/// demens") is not personal data. Negated statements ("jag har inte cancer", "I've never been in prison") and
/// conditionals ("om någon har diabetes", "if I get dementia") are skipped. The name of a party, union or faith
/// community (a <c>sensitive</c> entry with wt below 1) counts only as a membership ("med i Byggnads", "röstade på
/// Centerpartiet", "a member of the Sweden Democrats"), with the membership words in the span; with wt 0.75 or more
/// also right after a copula ("jag är moderat").
/// </summary>
internal static class SensitiveDataDetector
{
    private const int MembershipGap = 2;

    // Longer than any phrase in the lexicons: a match ending near a token starts no further back than this.
    private const int MaxPhraseTokens = 12;
    private const double PredicateWeight = 0.75;

    // personNames: the personal-data scan's findings; a person name there is someone identifiable.
    public static List<SensitiveMatch> Find(TextContext context, IEnumerable<PersonalDataFinding> personNames)
    {
        var found = new List<SensitiveMatch>();
        var names = NameTokens(context, personNames);
        foreach (var match in context.Matches)
        {
            if (match.Cue != Cue.Sensitive || match.Entry.Category is not { } category || context.IdiomContinues(match)
                || WithinLongerTerm(context, match) || PredispositionFor(context, match) || LacksPersonObject(context, match, names) || LanguageName(context, match)
                || GroupInGeneral(context, match))
            {
                continue;
            }

            var term = match;
            if (match.Entry.Weight < 1)
            {
                // wt from PredicateWeight up: a word that is also an ordinary adjective ("moderat", "liberal") also
                // counts said of someone ("jag är moderat"), never as an attribute ("en moderat höjning").
                if (MembershipBefore(context, match.First) is { } frame)
                {
                    term = match with { First = frame };
                }
                else if (match.Entry.Weight < PredicateWeight || match.First == 0 || !context.Has(match.First - 1, Cue.Copula))
                {
                    continue;
                }
            }

            if (SubjectResolver.Resolve(context, term, names) is not { } subject
                || Negated(context, term, subject) || Conditional(context, term, subject)
                || (subject.Who != DataSubject.Author && !Predicated(context, term, subject, frame: term.First != match.First)))
            {
                continue;
            }

            var (start, end) = context.Span(term);
            if (!Overlaps(found, start, end))
            {
                found.Add(new SensitiveMatch(category, subject.Who, start, end));
            }
        }

        return found;
    }

    private static bool[] NameTokens(TextContext context, IEnumerable<PersonalDataFinding> personNames)
    {
        var names = new bool[context.Tokens.Count];
        foreach (var name in personNames)
        {
            if (name.Type != PersonalDataType.PersonName)
            {
                continue;
            }

            for (var t = context.FirstTokenEndingAfter(name.Start); t < names.Length && context.Tokens[t].Start < name.End; t++)
            {
                names[t] = true;
            }
        }

        return names;
    }

    // "ligger med", "slept with" are sex only with a person after them ("låg med feber", "slept with the window open").
    private static bool LacksPersonObject(TextContext context, CueMatch match, bool[] names) =>
        SubjectWords.Default.Is("with_person", context.Tokens[match.First].Norm) && !SubjectResolver.PersonFollows(context, match, names);

    // "All these Muslims should…", "fyllde torget med somalier", "Sámi activists": a group word speaks of people in
    // general, which is no one's personal data; the writer's own "vi är muslimer", "I'm Sámi" keeps its first person,
    // and a word said of someone ("hon är romsk", "are Roma") or with an article ("en romsk familj") picks people out.
    private static bool GroupInGeneral(TextContext context, CueMatch match)
    {
        var tokens = context.Tokens;
        var before = match.First - 1;
        if (!context.Has(match.First, Cue.Group)
            || (before >= 0 && tokens[before].Sentence == tokens[match.First].Sentence
                && (context.Has(before, Cue.Copula) || tokens[before].Norm is "en" or "ett" or "a" or "an")))
        {
            return false;
        }

        for (var t = match.First - 1; t >= 0 && tokens[t].Sentence == tokens[match.First].Sentence; t--)
        {
            if (context.Has(t, Cue.FirstPerson) || SubjectWords.Default.Is("we", tokens[t].Norm))
            {
                return false;
            }
        }

        return true;
    }

    // "undervisning i somaliska", "pratar arabiska", "speaks Kurdish": after such a word an origin adjective names the
    // language, which says what a person speaks or learns, not where they come from. A country ("född i Syrien") is
    // no language.
    private static bool LanguageName(TextContext context, CueMatch match) =>
        match.Entry.Category == SensitiveCategory.EthnicOrigin && match.Entry.Weight >= 1 && match.First == match.Last && match.First > 0
        && SubjectWords.Default.Is("language_before", context.Tokens[match.First - 1].Norm);

    // A word that begins a longer term of another category reads as that term: "Christian Democrat" is a party, not a
    // faith; "Social Democrat voter" the same.
    private static bool WithinLongerTerm(TextContext context, CueMatch match)
    {
        var (from, to) = context.MatchesStartingIn(Math.Max(0, match.First - MaxPhraseTokens), match.First);
        for (var m = from; m < to; m++)
        {
            var other = context.Matches[m];
            if (other.Cue == Cue.Sensitive && other.Entry.Category is { } category && category != match.Entry.Category
                && other.First <= match.First && other.Last >= match.Last && other.Last - other.First > match.Last - match.First
                && other.Entry.Weight >= match.Entry.Weight)
            {
                return true;
            }
        }

        return false;
    }


    // "ett ärftligt anlag för bröstcancer", "the cystic fibrosis gene": the illness a genetic finding predisposes to
    // or names a gene after is no diagnosis.
    private static bool PredispositionFor(TextContext context, CueMatch match)
    {
        var tokens = context.Tokens;
        if (match.Entry.Category != SensitiveCategory.Health)
        {
            return false;
        }

        if (match.Last + 1 < tokens.Count && tokens[match.Last + 1].Norm is "gene" or "genen" or "genes" or "anlaget")
        {
            return true;
        }

        if (match.First < 2 || tokens[match.First - 1].Norm is not ("för" or "for"))
        {
            return false;
        }

        var (from, to) = context.MatchesStartingIn(match.First - 2 - MaxPhraseTokens, match.First - 2);
        for (var i = from; i < to; i++)
        {
            var m = context.Matches[i];
            if (m.Cue == Cue.Sensitive && m.Entry.Category == SensitiveCategory.Genetic && m.Last == match.First - 2)
            {
                return true;
            }
        }

        return false;
    }

    // The first token of a membership frame ending at most two words before the name ("med i samma frikyrka").
    private static int? MembershipBefore(TextContext context, int first)
    {
        var (from, to) = context.MatchesStartingIn(first - MembershipGap - 1 - MaxPhraseTokens, first - 1);
        for (var i = from; i < to; i++)
        {
            var m = context.Matches[i];
            if (m.Cue == Cue.Membership && m.Last < first && first - m.Last <= MembershipGap + 1
                && context.Tokens[m.Last].Sentence == context.Tokens[first].Sentence)
            {
                return m.First;
            }
        }

        return null;
    }

    // About someone else the term must be said of the person, not merely near them ("socialtjänsten behandlar psykiskt
    // sjuka…", "the mayor keeps talking about cancer screening"): a copula or possession between them ("är", "har",
    // "lider av", "is", "has"), "med"/"with" right before the term ("min son med autism"), a possessive right before
    // it ("hans depression"), the two side by side ("a Muslim family"), a term that is itself a verb phrase
    // ("suttit inne", "dömdes", "bär slöja", "was convicted") or a membership ("med i Byggnads").
    private static bool Predicated(TextContext context, CueMatch term, Subject subject, bool frame)
    {
        var words = SubjectWords.Default;
        var tokens = context.Tokens;
        if (frame || subject.Token > term.Last || subject.Token == term.First - 1 || words.Is("verbal_terms", tokens[term.First].Norm))
        {
            return true;
        }

        var before = tokens[term.First - 1].Norm;
        if (before is "med" or "with" || IsPossessive(context, term.First - 1))
        {
            return true;
        }

        // "som" opens a relative clause here, whose own verb decides ("min granne som forskar om cancer" says nothing of
        // the neighbour's health, "min granne som har cancer" does).
        for (var t = subject.Token; t < term.First; t++)
        {
            var norm = tokens[t].Norm;
            if (context.Has(t, Cue.Copula) || (words.Is("copulas", norm) && norm != "som") || words.Is("possessing", norm) || words.Is("links", norm))
            {
                return true;
            }
        }

        return false;
    }

    // A negation between the person and the term ("jag har aldrig suttit i fängelse") or just before the term.
    // A negation right after a relative pronoun belongs to that clause, not to the statement ("min granne som inte
    // röker har lungcancer", "my boss, who never complains, has cancer").
    private static bool Negated(TextContext context, CueMatch term, Subject subject)
    {
        var from = subject.Token < term.First ? Math.Min(subject.Token + 1, term.First - 2) : term.First - 2;
        var tokens = context.Tokens;
        for (var t = Math.Max(from, 0); t < term.First; t++)
        {
            if (tokens[t].Sentence == tokens[term.First].Sentence && context.Has(t, Cue.Negation)
                && !(t > 0 && tokens[t - 1].Norm is "som" or "who" or "which" or "that"))
            {
                return true;
            }
        }

        return false;
    }

    // "om någon har diabetes", "if I get dementia", "tänk om någon vore dömd"; not an indirect question ("undrar om min
    // son…", "I wonder if my daughter…"), and not Swedish "om" = "about" ("berättade om sin depression").
    private static bool Conditional(TextContext context, CueMatch term, Subject subject)
    {
        if (subject.Token >= term.First)
        {
            return false;
        }

        var words = SubjectWords.Default;
        var tokens = context.Tokens;
        for (var k = Math.Max(0, subject.Token - 2); k < term.First; k++)
        {
            if (tokens[k].Sentence != tokens[term.First].Sentence || !words.Is("hypothetical", tokens[k].Norm))
            {
                continue;
            }

            if (k > 0 && words.Is("asking", tokens[k - 1].Norm))
            {
                continue;
            }

            // "om jag", "if someone", "om min son": the condition's own subject follows the marker.
            if (k == subject.Token - 1 || (k == subject.Token - 2 && IsPossessive(context, k + 1)) || k > subject.Token && IsSubjunctive(tokens[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPossessive(TextContext context, int t) =>
        context.Tokens[t].Norm is "min" or "mitt" or "mina" or "hans" or "hennes" or "deras" or "vår" or "my" or "his" or "her" or "their" or "our";

    private static bool IsSubjunctive(string norm) => norm is "vore" or "would";

    // Matches arrive in token order, so only the last finding can overlap a new one.
    private static bool Overlaps(List<SensitiveMatch> found, int start, int end) =>
        found.Count > 0 && start < found[^1].End && found[^1].Start < end;
}
