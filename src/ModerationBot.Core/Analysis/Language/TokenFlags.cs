namespace ModerationBot.Core.Analysis.Language;

[Flags]
internal enum TokenFlags
{
    None = 0,
    Capitalised = 1,
    SentenceStart = 2,
    Quoted = 4,
    Mention = 8,
    Url = 16,
    Number = 32,
}
