namespace ModerationBot.Core.Analysis.PersonalData.Scanning;

/// <summary>
/// The letter-only words that end within a reach before an index, nearest first; a word that starts before the
/// reach is still read whole. A ref struct so the scanners' context checks allocate nothing.
/// </summary>
internal ref struct PrecedingWords
{
    private readonly string _text;
    private readonly int _from;
    private int _i;

    public PrecedingWords(string text, int index, int reach)
    {
        _text = text;
        _from = Math.Max(0, index - reach);
        _i = index - 1;
        Current = default;
    }

    public ReadOnlySpan<char> Current { get; private set; }

    public readonly PrecedingWords GetEnumerator() => this;

    public bool MoveNext()
    {
        while (_i >= _from && !char.IsLetter(_text[_i]))
        {
            _i--;
        }

        if (_i < _from)
        {
            return false;
        }

        var end = _i + 1;
        while (_i >= 0 && char.IsLetter(_text[_i]))
        {
            _i--;
        }

        Current = _text.AsSpan(_i + 1, end - _i - 1);
        return true;
    }
}
