namespace ModerationBot.Core.Analysis;

/// <summary>Whom a piece of sensitive data is about: the writer, another identifiable person, or unclear.</summary>
public enum DataSubject
{
    Author,
    Other,
    Unknown,
}
