namespace ModerationBot.Core.Guidance.Criticism;

/// <summary>
/// The routine's order: which step follows an answer, given the answers before it. Texts live in the data
/// files; only the branching is code, because the branching is what the tests pin down.
/// </summary>
internal static class CriticismFlow
{
    private static readonly Dictionary<CriticismStep, string[]> s_options = new()
    {
        [CriticismStep.Factual] = ["yes", "no"],
        [CriticismStep.Relevant] = ["yes", "no"],
        [CriticismStep.ActFast] = ["ok"],
        [CriticismStep.Demeaning] = ["yes", "no"],
        [CriticismStep.AnswerAnyway] = ["answer", "skip"],
        [CriticismStep.FactsAvailable] = ["yes", "no"],
        [CriticismStep.AnswerYourself] = ["self", "help"],
        [CriticismStep.Groundless] = ["groundless", "justified"],
        [CriticismStep.Register] = ["yes", "no", "unsure"],
    };

    public static IReadOnlyDictionary<CriticismStep, string[]> Options => s_options;

    public static bool IsOption(CriticismStep step, string option) =>
        s_options.TryGetValue(step, out var options) && options.Contains(option, StringComparer.Ordinal);

    /// <summary>The step after <paramref name="answers"/>, replayed from the start.</summary>
    public static CriticismStep StepAfter(IReadOnlyList<CriticismAnswer> answers)
    {
        var step = CriticismStep.Factual;
        foreach (var answer in answers)
        {
            step = Next(answer, answers);
        }

        return step;
    }

    private static CriticismStep Next(CriticismAnswer answer, IReadOnlyList<CriticismAnswer> answers) => (answer.Step, answer.Option) switch
    {
        (CriticismStep.Factual, _) => CriticismStep.Relevant,
        (CriticismStep.Relevant, _) => CriticismStep.ActFast,
        (CriticismStep.ActFast, _) => CriticismStep.Demeaning,
        (CriticismStep.Demeaning, "yes") => CriticismStep.AnswerAnyway,

        // Off-topic criticism gets a referral, not a factual answer, so the fact steps are skipped.
        (CriticismStep.Demeaning, _) when Chose(answers, CriticismStep.Relevant, "no") => CriticismStep.Register,
        (CriticismStep.Demeaning, _) => CriticismStep.FactsAvailable,
        (CriticismStep.AnswerAnyway, _) => CriticismStep.Register,
        (CriticismStep.FactsAvailable, _) => CriticismStep.AnswerYourself,
        (CriticismStep.AnswerYourself, "help") => CriticismStep.Register,
        (CriticismStep.AnswerYourself, _) => CriticismStep.Groundless,
        (CriticismStep.Groundless, _) => CriticismStep.Register,
        (CriticismStep.Register, _) => CriticismStep.Summary,
        _ => throw new InvalidOperationException($"No step follows {answer.Step}."),
    };

    private static bool Chose(IReadOnlyList<CriticismAnswer> answers, CriticismStep step, string option) =>
        answers.Any(answer => answer.Step == step && answer.Option == option);
}
