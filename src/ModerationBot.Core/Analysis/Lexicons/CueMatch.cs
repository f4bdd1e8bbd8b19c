namespace ModerationBot.Core.Analysis.Lexicons;

/// <summary>A lexicon hit: the entry and the token range [First, Last] it covers.</summary>
internal readonly record struct CueMatch(LexiconEntry Entry, int First, int Last)
{
    public Cue Cue => Entry.Cue;
}
