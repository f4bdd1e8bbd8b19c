namespace ModerationBot.Core.Analysis.Language;

/// <summary>A word of the comment: its span in the original text and its normalised form.</summary>
internal readonly record struct Token(int Start, int End, string Norm, int Sentence, TokenFlags Flags)
{
    public bool Has(TokenFlags flag) => (Flags & flag) != 0;
}
