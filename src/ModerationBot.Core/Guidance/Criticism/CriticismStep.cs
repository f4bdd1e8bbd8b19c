namespace ModerationBot.Core.Guidance.Criticism;

/// <summary>Where a criticism dialog stands: one of the eight steps of the routine, or finished.</summary>
public enum CriticismStep
{
    /// <summary>1: is the criticism factual?</summary>
    Factual,

    /// <summary>2: is it relevant to the organisation?</summary>
    Relevant,

    /// <summary>3: act fast.</summary>
    ActFast,

    /// <summary>4: is it demeaning or sneering?</summary>
    Demeaning,

    /// <summary>4a: answer a demeaning comment anyway?</summary>
    AnswerAnyway,

    /// <summary>5: can it be answered with facts?</summary>
    FactsAvailable,

    /// <summary>6: can the moderator answer alone, or is help needed?</summary>
    AnswerYourself,

    /// <summary>7: is the criticism groundless?</summary>
    Groundless,

    /// <summary>8: should the comment and the reply be registered?</summary>
    Register,

    /// <summary>All steps answered; the summary is shown.</summary>
    Summary,

    /// <summary>The moderator cancelled the dialog.</summary>
    Cancelled,
}
