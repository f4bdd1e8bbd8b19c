using ModerationBot.Core.Analysis.Language;
using ModerationBot.Core.Analysis.Lexicons;
using ModerationBot.Core.Analysis.PersonalData.Names;

namespace ModerationBot.Core.Analysis.Sensitive;

/// <summary>Whom a sensitive statement is about, and the token that says so (for negation and conditionals in between).</summary>
internal readonly record struct Subject(DataSubject Who, int Token);

/// <summary>
/// Whom a sensitive statement is about. Looks back from the term to the nearest person in the same sentence:
/// first person → author; a relative, role, pronoun, @mention or name → other; somebody nobody can point at ("någon
/// i trappuppgången", "en av vakterna", "one of the teachers", "a kid") → unknown; people in general ("personer med
/// demens", "people with") → no subject. A person inside a prepositional phrase ("a kid in their child's class")
/// gives way to the head it describes. If nothing is found before the term, a first person shortly after counts
/// ("Som homosexuell känner jag…"), an indefinite person right after is unknown ("en romsk familj"), and a
/// sentence that opens with the verb ("Har epilepsi och…") is the writer's own.
/// </summary>
internal static class SubjectResolver
{
    private const int LookBack = 12;
    private const int LookAhead = 5;
    private const int DroppedSubjectReach = 3;
    private const int WriterReach = 12;
    private const int PlacedReach = 2;
    private const int PersonObjectReach = 3;

    public static Subject? Resolve(TextContext context, CueMatch match, IReadOnlyList<bool> names)
    {
        if (Possessor(context, match, names) is { } possessor)
        {
            return possessor;
        }

        return Before(context, match, names) ?? After(context, match);
    }

    private static Subject? Before(TextContext context, CueMatch match, IReadOnlyList<bool> names)
    {
        var words = SubjectWords.Default;
        var tokens = context.Tokens;
        var sentence = tokens[match.First].Sentence;
        Subject? described = null;
        for (var t = match.First - 1; t >= 0 && t >= match.First - LookBack && tokens[t].Sentence == sentence; t--)
        {
            var norm = tokens[t].Norm;
            if (context.Has(t, Cue.Sensitive))
            {
                // Another term of the same statement ("Jag har MS och sitter i rullstol") is nobody.
                continue;
            }

            if (words.IsGeneric(context.Language, norm) || IsBarePlural(context, t))
            {
                return described;
            }

            if (words.Is("indefinite", norm) || IsPartitive(context, t))
            {
                return new Subject(DataSubject.Unknown, t);
            }

            // "Vi är kristna": the writer's household speaks; "någon i vår trappuppgång" only places someone else.
            if (words.Is("we", norm))
            {
                if (InPrepositionalPhrase(context, t))
                {
                    continue;
                }

                return described ?? new Subject(DataSubject.Author, t);
            }

            if (Classify(context, t, names) is not { } who)
            {
                continue;
            }

            // "Någon på mitt jobb", "a kid in my son's class": the writer's own word only places someone else.
            if (who == DataSubject.Author && words.Is("determiners", norm) && InPrepositionalPhrase(context, t))
            {
                continue;
            }

            // "Jag pratade med Anna som har cancer": the writer is the one telling, Anna the one it is about.
            if (who == DataSubject.Author)
            {
                return described ?? new Subject(DataSubject.Author, t);
            }

            if (PartitiveBefore(context, t))
            {
                return new Subject(DataSubject.Unknown, t);
            }

            if (InPrepositionalPhrase(context, t))
            {
                described ??= new Subject(DataSubject.Other, t);
                continue;
            }

            if (IndefiniteArticle(context, t) is { } article)
            {
                var before = article > 0 ? tokens[article - 1].Norm : "";
                if (words.Is("copulas", before))
                {
                    // A predicate ("hon är en mamma med…"): the subject comes further back.
                    continue;
                }

                // "Jag har en son med autism": someone's own relative is identifiable through them.
                return new Subject(words.Is("possessing", before) ? DataSubject.Other : DataSubject.Unknown, t);
            }

            return new Subject(DataSubject.Other, t);
        }

        return described;
    }

    private static Subject? After(TextContext context, CueMatch match)
    {
        var words = SubjectWords.Default;
        var tokens = context.Tokens;
        var sentence = tokens[match.First].Sentence;
        if (OpensWithRole(context, match) is { } writer)
        {
            return new Subject(DataSubject.Author, writer);
        }

        for (var t = match.Last + 1; t < tokens.Count && t <= match.Last + LookAhead && tokens[t].Sentence == sentence; t++)
        {
            if (IsFirstPerson(context, t))
            {
                return new Subject(DataSubject.Author, t);
            }
        }

        // "Det var en romsk familj som…", "a Muslim family": an indefinite person named right after the term.
        var head = match.Last + 1;
        if (match.First > 0 && words.Is("articles", tokens[match.First - 1].Norm))
        {
            for (var t = head; t < tokens.Count && t <= head + 1 && tokens[t].Sentence == sentence; t++)
            {
                if (IsPersonNoun(context, t))
                {
                    return new Subject(DataSubject.Unknown, t);
                }
            }

            // "Det bor en dömd pedofil på gatan", "a convicted sex offender lives nearby": a term that names the
            // person itself is someone real, not a type, once the sentence places them somewhere.
            if (Placed(context, match.First - 1, match.Last))
            {
                return new Subject(DataSubject.Unknown, match.First - 1);
            }
        }

        // "Har epilepsi och…", "Been sober since…": a sentence that opens with the verb has dropped its "jag"; with a
        // "du"/"ni" after the verb it is a question to the reader ("Har du diabetes?").
        var start = match.First;
        while (start > 0 && tokens[start - 1].Sentence == sentence && match.First - start <= DroppedSubjectReach)
        {
            start--;
        }

        var opensSentence = start == 0 || tokens[start - 1].Sentence != sentence;
        return opensSentence && match.First - start <= DroppedSubjectReach && match.First > start && words.Is("dropped_subject", tokens[start].Norm)
            && !context.AnyInWindow(start, start + 1, match.First - 1, Cue.SecondPerson)
            && !context.AnyInWindow(start, start + 1, match.First - 1, Cue.SecondPersonPlural)
            ? new Subject(DataSubject.Author, start)
            : null;
    }

    // An existence or dwelling verb just before the article ("det bor visst en…", "det finns en…") or shortly after
    // the term ("… lives on our street", "… jobbar på förskolan").
    private static bool Placed(TextContext context, int article, int last)
    {
        var words = SubjectWords.Default;
        var tokens = context.Tokens;
        var sentence = tokens[article].Sentence;
        for (var t = article - 1; t >= 0 && t >= article - PlacedReach && tokens[t].Sentence == sentence; t--)
        {
            if (words.Is("placing", tokens[t].Norm))
            {
                return true;
            }
        }

        for (var t = last + 1; t < tokens.Count && t <= last + PlacedReach + 1 && tokens[t].Sentence == sentence; t++)
        {
            if (words.Is("placing", tokens[t].Norm))
            {
                return true;
            }
        }

        return false;
    }

    // "Som medlem i Kommunal i över 20 år kan jag säga…": a role the sentence opens with is the writer's when the
    // writer speaks later in that sentence, however far.
    private static int? OpensWithRole(TextContext context, CueMatch match)
    {
        var tokens = context.Tokens;
        var sentence = tokens[match.First].Sentence;
        var opener = match.First - 1;
        if (opener < 0 || tokens[opener].Sentence != sentence || tokens[opener].Norm is not ("som" or "as")
            || (opener > 0 && tokens[opener - 1].Sentence == sentence))
        {
            return null;
        }

        for (var t = match.Last + 1; t < tokens.Count && tokens[t].Sentence == sentence; t++)
        {
            if (IsFirstPerson(context, t))
            {
                return t;
            }
        }

        return null;
    }

    // "fingeravtrycken från min granne Ulla": a person named right after "från/av/hos/of/from" owns the data.
    private static Subject? Possessor(TextContext context, CueMatch match, IReadOnlyList<bool> names)
    {
        var tokens = context.Tokens;
        var next = match.Last + 1;
        if (next >= tokens.Count || tokens[next].Norm is not ("från" or "av" or "hos" or "of" or "from"))
        {
            return null;
        }

        // "kom hit som flykting från Eritrea", "a refugee from Syria": after an origin "från" names a place.
        if (match.Entry.Category == SensitiveCategory.EthnicOrigin && tokens[next].Norm is "från" or "from")
        {
            return null;
        }

        for (var t = next + 1; t <= next + 3 && t < tokens.Count && tokens[t].Sentence == tokens[next].Sentence; t++)
        {
            if (Classify(context, t, names) == DataSubject.Other)
            {
                return new Subject(DataSubject.Other, t);
            }
        }

        return null;
    }

    // "legat med en elevs mamma", "slept with a parent": a person within a few words after the term, not an illness
    // or a thing ("låg med feber", "slept with the window open").
    public static bool PersonFollows(TextContext context, CueMatch match, IReadOnlyList<bool> names)
    {
        var tokens = context.Tokens;
        for (var t = match.Last + 1; t < tokens.Count && t <= match.Last + PersonObjectReach && tokens[t].Sentence == tokens[match.Last].Sentence; t++)
        {
            if (Classify(context, t, names) == DataSubject.Other || IsPartitive(context, t))
            {
                return true;
            }
        }

        return false;
    }

    private static DataSubject? Classify(TextContext context, int t, IReadOnlyList<bool> names)
    {
        if (IsFirstPerson(context, t) && IsWriter(context, t))
        {
            return DataSubject.Author;
        }

        if (IsPersonNoun(context, t) || context.Has(t, Cue.Politician) || context.Has(t, Cue.ThirdPerson))
        {
            return DataSubject.Other;
        }

        var token = context.Tokens[t];
        return token.Has(TokenFlags.Mention) || names[t] || IsName(context, t) || IsAgentNoun(token.Norm)
            ? DataSubject.Other
            : null;
    }

    // "as a" is the writer's only when the writer speaks in the sentence ("As a gay man I…", not "Ahmed came here as a
    // refugee").
    private static bool IsWriter(TextContext context, int t)
    {
        var tokens = context.Tokens;
        if (tokens[t].Norm is not ("as" or "a"))
        {
            return true;
        }

        // The writer speaks within a clause's reach of the role ("As a gay man and a father, I…").
        for (var u = Math.Max(0, t - WriterReach); u < tokens.Count && u <= t + WriterReach; u++)
        {
            if (tokens[u].Sentence == tokens[t].Sentence && tokens[u].Norm is not ("as" or "a") && IsFirstPerson(context, u))
            {
                return true;
            }
        }

        return false;
    }

    // The first-person cue plus the contractions the writer speaks in after a role ("As a nurse I'd…", "I'll").
    private static bool IsFirstPerson(TextContext context, int t) =>
        context.Has(t, Cue.FirstPerson) || SubjectWords.Default.Is("first_person_contractions", context.Tokens[t].Norm);

    private static bool IsPersonNoun(TextContext context, int t) =>
        context.Has(t, Cue.Relation) || context.Has(t, Cue.Staff) || SubjectWords.Default.Is("persons", context.Tokens[t].Norm)
        || SubjectWords.Default.Is("plural_people", context.Tokens[t].Norm);

    // "barn med adhd", "kids with autism", "the children who have autism": people in general, unless an owner picks
    // them out ("mitt barn", "my neighbour's kids").
    private static bool IsBarePlural(TextContext context, int t)
    {
        var tokens = context.Tokens;
        if (!SubjectWords.Default.Is("plural_people", tokens[t].Norm))
        {
            return false;
        }

        if (t == 0 || tokens[t - 1].Sentence != tokens[t].Sentence)
        {
            return true;
        }

        // A partitive picks one out of the group: "en av de boende", "one of the parents".
        if (PartitiveBefore(context, t))
        {
            return false;
        }

        // Only an owner picks a group out: "mina elever", "my neighbour's kids"; "de boende", "the children" do not.
        var before = tokens[t - 1].Norm;
        return !context.Has(t - 1, Cue.FirstPerson) && !context.Has(t - 1, Cue.ThirdPerson) && !IsGenitive(context, t - 1)
            && before is not ("din" or "ditt" or "dina" or "your" or "deras" or "sin" or "sina" or "sitt");
    }

    private static bool IsGenitive(TextContext context, int t) =>
        context.Tokens[t].Norm.EndsWith("'s", StringComparison.Ordinal)
        || (context.Tokens[t].Norm.EndsWith('s') && (IsPersonNoun(context, t) || IsName(context, t)));

    // "one of the election workers": the person is the set a partitive picks one from.
    private static bool PartitiveBefore(TextContext context, int t)
    {
        for (var q = t - 1; q >= 0 && q >= t - 4 && context.Tokens[q].Sentence == context.Tokens[t].Sentence; q--)
        {
            if (IsPartitive(context, q))
            {
                return true;
            }
        }

        return false;
    }

    // "en av vakterna", "flera i personalen", "one of the teachers".
    private static bool IsPartitive(TextContext context, int t)
    {
        var tokens = context.Tokens;
        return t + 1 < tokens.Count && tokens[t + 1].Sentence == tokens[t].Sentence
            && SubjectWords.Default.Is("quantifiers", tokens[t].Norm) && SubjectWords.Default.Is("partitive", tokens[t + 1].Norm);
    }

    // "i deras barns klass", "in their child's class": a preposition right before the person or its determiner.
    private static bool InPrepositionalPhrase(TextContext context, int t)
    {
        var tokens = context.Tokens;
        for (var p = t - 1; p >= 0 && p >= t - 2 && tokens[p].Sentence == tokens[t].Sentence; p--)
        {
            if (SubjectWords.Default.Is("prepositions", tokens[p].Norm) && !context.Has(p, Cue.FirstPerson))
            {
                return true;
            }
        }

        return false;
    }

    // "en förälder", "a kid", "en ny lärare": the article right before the person or before one adjective.
    private static int? IndefiniteArticle(TextContext context, int t)
    {
        var tokens = context.Tokens;
        for (var a = t - 1; a >= 0 && a >= t - 2 && tokens[a].Sentence == tokens[t].Sentence; a--)
        {
            if (SubjectWords.Default.Is("articles", tokens[a].Norm))
            {
                return a;
            }
        }

        return null;
    }

    // A capitalised word inside a sentence that the lexicons do not know is taken as a name ("Per", "Nannaskolan");
    // an all-capitals word is an abbreviation ("MS", "HVB", "LSS"), not a name. At the start of a sentence only a
    // known first name that is no ordinary word counts ("Simon på fritids är…").
    private static bool IsName(TextContext context, int t)
    {
        var token = context.Tokens[t];
        var word = context.Text.AsSpan(token.Start, token.End - token.Start);
        if (!token.Has(TokenFlags.Capitalised) || token.Norm.Length < 2 || IsAbbreviation(word)
            || context.Has(t, Cue.Organisation) || context.Has(t, Cue.Group))
        {
            return false;
        }

        return !token.Has(TokenFlags.SentenceStart)
            || (NameLexicons.IsFirstName(word) && !NameLexicons.AmbiguousFirstNames.Contains(word));
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    // Swedish definite agent nouns: "vaktmästaren", "busschauffören", "kuratorn", "lärarinnan".
    private static bool IsAgentNoun(string norm) =>
        (norm.Length >= 7 && (norm.EndsWith("aren", StringComparison.Ordinal) || norm.EndsWith("ören", StringComparison.Ordinal)
            || norm.EndsWith("torn", StringComparison.Ordinal)))
        || (norm.Length >= 9 && norm.EndsWith("innan", StringComparison.Ordinal));
}
