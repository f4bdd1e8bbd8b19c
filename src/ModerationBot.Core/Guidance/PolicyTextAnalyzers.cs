using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ModerationBot.Core.Guidance;

/// <summary>
/// Turns Swedish and English text into search terms. Swedish gets light stemming and compound splitting
/// against the pack's own vocabulary, so "dödshot" or "hatmeddelanden" reach entries about "hot" and "hat".
/// </summary>
internal static class PolicyTextAnalyzers
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer CreateSwedish(IEnumerable<string> compoundParts, IEnumerable<string> fillerWords)
    {
        var stopWords = new CharArraySet(Version, SwedishAnalyzer.DefaultStopSet, ignoreCase: true);
        stopWords.UnionWith(fillerWords);
        return new SwedishPolicyAnalyzer(new CharArraySet(Version, compoundParts.ToList(), ignoreCase: true), stopWords);
    }

    public static Analyzer CreateEnglish(IEnumerable<string> fillerWords)
    {
        var stopWords = new CharArraySet(Version, EnglishAnalyzer.DefaultStopSet, ignoreCase: true);
        stopWords.UnionWith(fillerWords);
        return new EnglishAnalyzer(Version, stopWords);
    }

    /// <summary>Plain lowercase words of at least three letters, used to build the compound dictionary.</summary>
    public static IEnumerable<string> Words(string text)
    {
        using var analyzer = new SimpleAnalyzer(Version);
        return PositionGroups(analyzer, text).SelectMany(g => g).Where(w => w.Length >= 3).ToList();
    }

    /// <summary>
    /// The terms of <paramref name="text"/> grouped by position: a compound and the parts split from it share
    /// one position, so a question word counts as matched when any form of it matches.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> PositionGroups(Analyzer analyzer, string text)
    {
        var groups = new List<List<string>>();
        using var stream = analyzer.GetTokenStream("text", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (increment.PositionIncrement > 0 || groups.Count == 0)
            {
                groups.Add([]);
            }

            var value = term.ToString();
            if (!groups[^1].Contains(value))
            {
                groups[^1].Add(value);
            }
        }

        stream.End();
        return groups;
    }

    private sealed class SwedishPolicyAnalyzer(CharArraySet compoundParts, CharArraySet stopWords) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream result = new LowerCaseFilter(Version, source);

            // Stop words go before splitting, so "använda" yields no "vända", and after, so "kommentar" yields no "tar".
            result = new StopFilter(Version, result, stopWords);
            result = new DictionaryCompoundWordTokenFilter(
                Version, result, compoundParts, minWordSize: 6, minSubwordSize: 3, maxSubwordSize: 20, onlyLongestMatch: false);
            result = new StopFilter(Version, result, stopWords);
            result = new SwedishLightStemFilter(result);
            return new TokenStreamComponents(source, result);
        }
    }
}
