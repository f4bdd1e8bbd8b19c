namespace ModerationBot.Core.Analysis.PersonalData.Scanning;

/// <summary>The state of one scan: the text, the candidates found so far, and lazily computed URL spans and words.</summary>
internal sealed class ScanContext
{
    private List<Word>? _words;
    private List<(int Start, int End)>? _urls;

    public ScanContext(string text, DateOnly today)
    {
        Text = text;
        Today = today;
    }

    public string Text { get; }

    public DateOnly Today { get; }

    public List<Candidate> Candidates { get; } = [];

    public List<AnalysisNote> NoteCandidates { get; } = [];

    public List<Word> Words
    {
        get
        {
            if (_words is null)
            {
                _words = [];
                WordTokenizer.Tokenize(Text, _words);
            }

            return _words;
        }
    }

    /// <summary>Adds a candidate unless it lies in a URL, where digits and capitals are paths, not personal data.</summary>
    public void Add(PersonalDataType type, int start, int end, int priority)
    {
        if (type is not (PersonalDataType.Email or PersonalDataType.IpAddress) && InUrl(start, end))
        {
            return;
        }

        Candidates.Add(new Candidate(type, start, end, priority));
    }

    public void AddNote(string type, int start, int end)
    {
        if (!InUrl(start, end))
        {
            NoteCandidates.Add(new AnalysisNote(type, start, end));
        }
    }

    private bool InUrl(int start, int end)
    {
        // URLs come sorted and disjoint, so a binary search finds the last one starting before the span ends.
        _urls ??= UrlScanner.Find(Text);
        int low = 0, high = _urls.Count - 1, candidate = -1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            if (_urls[mid].Start < end)
            {
                candidate = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return candidate >= 0 && _urls[candidate].End > start;
    }
}
