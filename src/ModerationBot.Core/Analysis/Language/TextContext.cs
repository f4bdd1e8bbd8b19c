using ModerationBot.Core.Analysis.Lexicons;

namespace ModerationBot.Core.Analysis.Language;

/// <summary>
/// One comment prepared for the detectors: its tokens, language and every lexicon hit, with a per-token cue mask
/// so that context windows ("is there a negation in the three words before?") are cheap.
/// </summary>
internal sealed class TextContext
{
    private readonly UInt128[] _cues;
    private readonly UInt128[] _sentenceCues;
    private bool[]? _questions;

    /// <summary>The comment tokenized, its language detected and its lexicon cues found: what every detector reads.</summary>
    public static TextContext Prepare(string text, Lexicon lexicon)
    {
        var tokens = Tokenizer.Tokenize(text);
        return new TextContext(text, tokens, LanguageDetector.Detect(tokens), lexicon);
    }

    public TextContext(string text, List<Token> tokens, string language, Lexicon lexicon)
    {
        Text = text;
        Tokens = tokens;
        Language = language;
        _cues = new UInt128[tokens.Count];
        Matches = new List<CueMatch>(8);
        for (var i = 0; i < tokens.Count; i++)
        {
            // "5g" starts with a digit but is a word the lexicons know; "2026" and "4471" are numbers.
            if (tokens[i].Has(TokenFlags.Url) || (tokens[i].Has(TokenFlags.Number) && !HasLetter(tokens[i].Norm)))
            {
                continue;
            }

            AddWordMatches(lexicon, i);
            var before = Matches.Count;
            lexicon.MatchPhrases(tokens, i, Matches);
            for (var m = Matches.Count - 1; m >= before; m--)
            {
                if (!Applies(Matches[m].Entry))
                {
                    Matches.RemoveAt(m);
                }
            }
        }

        foreach (var match in Matches)
        {
            for (var t = match.First; t <= match.Last; t++)
            {
                _cues[t] |= Bit(match.Cue);
            }
        }

        _sentenceCues = new UInt128[tokens.Count == 0 ? 0 : tokens[^1].Sentence + 1];
        for (var i = 0; i < tokens.Count; i++)
        {
            _sentenceCues[tokens[i].Sentence] |= _cues[i];
        }
    }

    public string Text { get; }

    public List<Token> Tokens { get; }

    public string Language { get; }

    public List<CueMatch> Matches { get; }

    public int SentenceCount => _sentenceCues.Length;

    /// <summary>Whether the text between <paramref name="from"/> and <paramref name="to"/> (end exclusive) is only white space.</summary>
    public bool OnlySpaceBetween(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(Text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The bit of a cue in the token and sentence masks.</summary>
    public static UInt128 Bit(Cue cue) => UInt128.One << (int)cue;

    /// <summary>The cues of every token of the sentence, one bit per <see cref="Cue"/>.</summary>
    public UInt128 SentenceCues(int sentence) => _sentenceCues[sentence];

    /// <summary>
    /// The range [From, To) of <see cref="Matches"/> whose first token lies in [firstToken, lastToken]: matches are
    /// collected in token order, so a detector looking around one token need not read every match of the comment.
    /// </summary>
    public (int From, int To) MatchesStartingIn(int firstToken, int lastToken) =>
        (FirstMatchAtOrAfter(firstToken), FirstMatchAtOrAfter(lastToken + 1));

    /// <summary>The first token that ends after <paramref name="offset"/>: where a span starting there begins to overlap.</summary>
    public int FirstTokenEndingAfter(int offset)
    {
        int low = 0, high = Tokens.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (Tokens[mid].End <= offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private int FirstMatchAtOrAfter(int token)
    {
        int low = 0, high = Matches.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (Matches[mid].First < token)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    public bool Has(int token, Cue cue) => token >= 0 && token < _cues.Length && (_cues[token] & Bit(cue)) != UInt128.Zero;

    /// <summary>Whether any token in [from, to] of the same sentence as <paramref name="anchor"/> carries the cue.</summary>
    public bool AnyInWindow(int anchor, int from, int to, Cue cue)
    {
        var sentence = Tokens[anchor].Sentence;
        from = Math.Max(from, 0);
        to = Math.Min(to, Tokens.Count - 1);
        for (var t = from; t <= to; t++)
        {
            if (Tokens[t].Sentence == sentence && (_cues[t] & Bit(cue)) != UInt128.Zero)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any token of the sentences [sentence - spread, sentence + spread] carries the cue.</summary>
    public bool AnyInSentences(int sentence, int spread, Cue cue)
    {
        var bit = Bit(cue);
        for (var s = Math.Max(0, sentence - spread); s <= sentence + spread && s < _sentenceCues.Length; s++)
        {
            if ((_sentenceCues[s] & bit) != UInt128.Zero)
            {
                return true;
            }
        }

        return false;
    }

    public bool AnyInComment(Cue cue)
    {
        var bit = Bit(cue);
        foreach (var mask in _cues)
        {
            if ((mask & bit) != UInt128.Zero)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence of the token ends with a question mark ("1 500 kronor för ett bord?").</summary>
    public bool InQuestion(int token)
    {
        _questions ??= Questions();
        return token >= 0 && token < Tokens.Count && _questions[Tokens[token].Sentence];
    }

    private static bool HasLetter(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private bool[] Questions()
    {
        var questions = new bool[_sentenceCues.Length];
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (i + 1 < Tokens.Count && Tokens[i + 1].Sentence == Tokens[i].Sentence)
            {
                continue;
            }

            var end = i + 1 < Tokens.Count ? Tokens[i + 1].Start : Text.Length;
            questions[Tokens[i].Sentence] = Text.AsSpan(Tokens[i].End, end - Tokens[i].End).Contains('?');
        }

        return questions;
    }

    public (int Start, int End) Span(CueMatch match) => (Tokens[match.First].Start, Tokens[match.Last].End);

    /// <summary>
    /// Whether the word after <paramref name="match"/> is one of its entry's idiom continuations ("döv för kritiken",
    /// "the guts to", "förstör allt för de nyanlända"): the entry's own data turn its word into an idiom.
    /// </summary>
    public bool IdiomContinues(CueMatch match) =>
        match.Last + 1 < Tokens.Count && match.Entry.IdiomNext.Contains(Tokens[match.Last + 1].Norm);

    private bool Applies(LexiconEntry entry) => entry.Language is null || entry.Language == Language;

    // Comments mix the languages: in an English comment "Stina i fullmäktige" has the Swedish "i", not the English "I".
    // A word both languages use takes its one-language meaning only when the next word is not of the other language.
    private bool ReadsAsOtherLanguage(LexiconEntry entry, int i)
    {
        if (entry.Language is null || i + 1 >= Tokens.Count || !LanguageDetector.InBoth(Tokens[i].Norm))
        {
            return false;
        }

        return LanguageDetector.OnlyIn(entry.Language == "sv" ? "en" : "sv", Tokens[i + 1].Norm);
    }

    private void AddWordMatches(Lexicon lexicon, int i)
    {
        var entries = lexicon.Lookup(Tokens[i].Norm, out var prefixLength);
        foreach (var entry in entries)
        {
            // A compound ("enhetschefen") takes only the head's compound entries, not the head's other readings.
            if (!Applies(entry) || (prefixLength > 0 && !entry.Compound) || ReadsAsOtherLanguage(entry, i))
            {
                continue;
            }

            if (prefixLength > 0 && entry.Cue == Cue.Dehumanising)
            {
                AddDehumanisedTarget(lexicon, i, prefixLength);
                continue;
            }

            Matches.Add(new CueMatch(entry, i, i));
            if (prefixLength > 0 && entry.Cue == Cue.Profanity)
            {
                AddCompoundTarget(lexicon, i, prefixLength);
            }
            else if (prefixLength > 0 && entry.Cue is Cue.Politician or Cue.Staff)
            {
                AddInsultedRole(lexicon, i, prefixLength);
            }
        }
    }

    // "rasistjävlar" insults people; "svartskallejävlar" is a slur: the word before the curse decides which.
    private void AddCompoundTarget(Lexicon lexicon, int i, int prefixLength)
    {
        Matches.Add(PrefixEntry(lexicon, i, prefixLength, c => c is Cue.Slur or Cue.Group) is { } group
            ? SlurMatch(group, i)
            : InsultMatch(0.9, i));
    }

    // "idiotpolitiker", "puckobyråkrat": an insult word before a role names the person it insults.
    private void AddInsultedRole(Lexicon lexicon, int i, int prefixLength)
    {
        if (PrefixEntry(lexicon, i, prefixLength, c => c == Cue.InsultNoun) is { } insult)
        {
            Matches.Add(InsultMatch(insult.Weight, i));
        }
    }

    // "zigenarpack" is a slur and "kommunpack" an insult of the staff; "sexpack" or "familjepack" is neither, so a
    // dehumanising head counts only after a group or slur, or after the organisation or its people.
    private void AddDehumanisedTarget(Lexicon lexicon, int i, int prefixLength)
    {
        var target = PrefixEntry(lexicon, i, prefixLength, c => c is Cue.Slur or Cue.Group or Cue.Organisation or Cue.Staff or Cue.Politician);
        if (target is not null)
        {
            Matches.Add(target.Cue is Cue.Slur or Cue.Group ? SlurMatch(target, i) : InsultMatch(0.9, i));
        }
    }

    // The first reading of a compound's prefix of the kind asked ("svartskalle" of "svartskallejävlar").
    private LexiconEntry? PrefixEntry(Lexicon lexicon, int i, int prefixLength, Func<Cue, bool> kind)
    {
        foreach (var entry in lexicon.LookupPrefix(Tokens[i].Norm.AsSpan(0, prefixLength)))
        {
            if (kind(entry.Cue))
            {
                return entry;
            }
        }

        return null;
    }

    private static CueMatch SlurMatch(LexiconEntry prefix, int i) =>
        new(new LexiconEntry(Cue.Slur, 1.0, null, null, false, null, [], prefix.Term), i, i);

    private CueMatch InsultMatch(double weight, int i) =>
        new(new LexiconEntry(Cue.InsultNoun, weight, null, null, false, null, [], Tokens[i].Norm), i, i);
}
