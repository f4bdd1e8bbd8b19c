namespace ModerationBot.Analysis.AzureLanguage;

/// <summary>A slice of a comment sent as one document; <see cref="Start"/> maps its offsets back.</summary>
internal readonly record struct TextChunk(int Start, int Length)
{
    public int End => Start + Length;
}
