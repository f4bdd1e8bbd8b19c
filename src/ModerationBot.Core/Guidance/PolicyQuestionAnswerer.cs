using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ModerationBot.Core.Guidance;

/// <summary>
/// Finds the policy-pack answer for a question with a Lucene index of the pack's question variants (BM25),
/// then checks how much of the question the chosen entry actually covers, weighting rare words higher, so a
/// question the pack does not answer is reported as unanswered rather than matched to the nearest entry.
/// </summary>
public sealed class PolicyQuestionAnswerer : IPolicyQuestionAnswerer, IDisposable
{
    /// <summary>Share of the question's weighted words an entry must cover to be given as the answer.</summary>
    public const double MinimumCoverage = 0.3;

    // A word the pack never uses may be a detail of the case ("snöröjningen") or the real topic of an
    // off-policy question ("busskort"); it weighs less than a rare pack word but still counts against coverage.
    private const double UnknownWordWeight = 0.7;

    private const int DistinctiveEntryCount = 3;
    private const double MinimumMatchedWeight = 3.0;
    private const string Sv = "sv";
    private const string En = "en";

    private readonly PolicyAnswerPack _pack;
    private readonly Analyzer _swedish;
    private readonly Analyzer _english;
    private readonly Lucene.Net.Store.Directory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Dictionary<(string Id, string Language), HashSet<string>> _entryTerms = [];
    private readonly Dictionary<string, Dictionary<string, int>> _documentFrequency = new() { [Sv] = [], [En] = [] };
    private readonly Dictionary<string, int> _documentCount = new() { [Sv] = 0, [En] = 0 };
    private readonly Dictionary<string, Dictionary<string, int>> _entryFrequency = new() { [Sv] = [], [En] = [] };

    public PolicyQuestionAnswerer()
        : this(PolicyAnswerPack.LoadEmbedded())
    {
    }

    internal PolicyQuestionAnswerer(PolicyAnswerPack pack)
    {
        _pack = pack;
        var swedishWords = pack.Entries.SelectMany(e => e.Questions.Sv.Append(e.Keywords.Sv)).SelectMany(PolicyTextAnalyzers.Words);
        _swedish = PolicyTextAnalyzers.CreateSwedish(swedishWords.Distinct(), pack.FillerWords.Sv);
        _english = PolicyTextAnalyzers.CreateEnglish(pack.FillerWords.En);
        _directory = new RAMDirectory();
        BuildIndex();
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    /// <inheritdoc />
    public PolicyAnswerMatch Answer(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var groups = new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>
        {
            [Sv] = PolicyTextAnalyzers.PositionGroups(_swedish, question),
            [En] = PolicyTextAnalyzers.PositionGroups(_english, question),
        };

        var query = new BooleanQuery();
        foreach (var (field, languageGroups) in groups)
        {
            foreach (var term in languageGroups.SelectMany(g => g).Distinct())
            {
                query.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
            }
        }

        if (query.Clauses.Count == 0)
        {
            return new PolicyAnswerMatch(null, 0, Sv);
        }

        var top = _searcher.Search(query, 1).ScoreDocs;
        if (top.Length == 0)
        {
            return new PolicyAnswerMatch(null, 0, Sv);
        }

        var document = _searcher.Doc(top[0].Doc);
        var id = document.Get("id");
        var language = document.Get("lang");
        var coverage = Coverage(groups[language], _entryTerms[(id, language)], language);
        var entry = _pack.Entries.First(e => e.Id == id);
        return new PolicyAnswerMatch(coverage >= MinimumCoverage ? _pack.ToAnswer(entry) : null, coverage, language);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _swedish.Dispose();
        _english.Dispose();
    }

    private double Coverage(IReadOnlyList<IReadOnlyList<string>> questionGroups, HashSet<string> entryTerms, string language)
    {
        double total = 0, matched = 0;
        var matchedWords = 0;
        var distinctive = false;
        foreach (var group in questionGroups)
        {
            var weight = group.Max(term => InverseDocumentFrequency(term, language));
            total += weight;
            var shared = group.Where(entryTerms.Contains).ToList();
            if (shared.Count > 0)
            {
                matched += weight;
                matchedWords++;
                distinctive |= shared.Any(term => _entryFrequency[language].GetValueOrDefault(term) <= DistinctiveEntryCount);
            }
        }

        // One shared word is not evidence enough when the question says more than one thing, and words that half
        // the pack uses ("skriva", "kommentar") say little about which answer is meant unless all of them match.
        var everyWordMatched = matchedWords >= 2 && matchedWords == questionGroups.Count;
        if (matchedWords < Math.Min(2, questionGroups.Count) || !(distinctive || matched >= MinimumMatchedWeight || everyWordMatched))
        {
            return 0;
        }

        return total == 0 ? 0 : matched / total;
    }

    private double InverseDocumentFrequency(string term, string language)
    {
        var count = _documentCount[language];
        var frequency = _documentFrequency[language].GetValueOrDefault(term);
        var idf = Math.Log(1 + ((count - frequency + 0.5) / (frequency + 0.5)));
        return frequency == 0 ? idf * UnknownWordWeight : idf;
    }

    private void BuildIndex()
    {
        var analyzer = new PerFieldAnalyzerWrapper(_swedish, new Dictionary<string, Analyzer> { [En] = _english });
        using var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer));
        foreach (var entry in _pack.Entries)
        {
            AddDocuments(writer, entry, Sv, entry.Questions.Sv, entry.Keywords.Sv, entry.Answer.Sv, _swedish);
            AddDocuments(writer, entry, En, entry.Questions.En, entry.Keywords.En, entry.Answer.En, _english);
        }

        writer.Commit();
    }

    private void AddDocuments(
        IndexWriter writer, PolicyAnswerEntry entry, string language, IEnumerable<string> questions, string keywords, string answer, Analyzer analyzer)
    {
        // The answer's words count towards coverage but are not indexed: long answers would otherwise outrank
        // the question variants written for exactly this purpose.
        var terms = PolicyTextAnalyzers.PositionGroups(analyzer, answer).SelectMany(g => g).ToHashSet();
        _entryTerms[(entry.Id, language)] = terms;
        var indexedTerms = new HashSet<string>();
        foreach (var question in questions)
        {
            var text = $"{question} {keywords}";
            var documentTerms = PolicyTextAnalyzers.PositionGroups(analyzer, text).SelectMany(g => g).ToHashSet();
            terms.UnionWith(documentTerms);
            _documentCount[language]++;
            foreach (var term in documentTerms)
            {
                _documentFrequency[language][term] = _documentFrequency[language].GetValueOrDefault(term) + 1;
            }

            foreach (var term in documentTerms.Where(t => !indexedTerms.Contains(t)))
            {
                _entryFrequency[language][term] = _entryFrequency[language].GetValueOrDefault(term) + 1;
            }

            indexedTerms.UnionWith(documentTerms);
            writer.AddDocument(new Document
            {
                new StringField("id", entry.Id, Field.Store.YES),
                new StringField("lang", language, Field.Store.YES),
                new TextField(language, text, Field.Store.NO),
            });
        }
    }
}
