namespace ModerationBot.Cli.Training;

/// <summary>
/// What the rules and the net together make of a data set at the two thresholds: the review tier on comments the
/// rules would answer, and the threat tier on comments the rules would answer or review, with threat precision and recall
/// of rules and net combined.
/// </summary>
internal sealed record MenaceFigures(
    int Examples, int Threats, int RuleMissedThreats, int RuleMissedCaught, int AllThreatsCaught,
    int AnsweredNonThreats, int AnsweredNonThreatsReviewed, int OrdinaryAnswered, int OrdinaryReviewed, int TrapsAnswered, int TrapsReviewed,
    int RuleThreatsFound, int RuleFalseThreats, int NetThreatsFound, int NetFalseThreats, int RuleThreatsDoubted, int RuleFalseDoubted)
{
    public double RuleMissedCaughtShare => Share(RuleMissedCaught, RuleMissedThreats);

    public double NetRecall => Share(AllThreatsCaught, Threats);

    public double ReviewShare => Share(AnsweredNonThreatsReviewed, AnsweredNonThreats);

    public double OrdinaryReviewShare => Share(OrdinaryReviewed, OrdinaryAnswered);

    public double TrapReviewShare => Share(TrapsReviewed, TrapsAnswered);

    /// <summary>Threat recall of the rules and the net's threat tier together.</summary>
    public double ThreatRecall => Share(RuleThreatsFound + NetThreatsFound, Threats);

    /// <summary>Threat precision of the rules and the net's threat tier together.</summary>
    public double ThreatPrecision => Share(RuleThreatsFound + NetThreatsFound, RuleThreatsFound + NetThreatsFound + RuleFalseThreats + NetFalseThreats);

    /// <summary>
    /// As the analyzer decides: a rules' threat below <paramref name="doubtThreshold"/> (an inferred one below
    /// <paramref name="inferredDoubtThreshold"/>) goes to review (no threat); the
    /// threat tier and the review tier only where the net is asked (<see cref="MenaceExample.NetCanThreaten"/>,
    /// <see cref="MenaceExample.NetCanChange"/>).
    /// </summary>
    public static MenaceFigures Measure(IReadOnlyList<MenaceExample> examples, IReadOnlyList<double> probabilities, double threshold, double threatThreshold, double doubtThreshold, double inferredDoubtThreshold)
    {
        int threats = 0, missed = 0, missedCaught = 0, caught = 0, answered = 0, answeredReviewed = 0, ordinary = 0, ordinaryReviewed = 0, traps = 0, trapsReviewed = 0;
        int ruleFound = 0, ruleFalse = 0, netFound = 0, netFalse = 0, ruleDoubted = 0, falseDoubted = 0;
        for (var i = 0; i < examples.Count; i++)
        {
            var e = examples[i];
            var hit = probabilities[i] >= threshold;
            var threat = e.NetCanThreaten && probabilities[i] >= threatThreshold;
            var doubted = e.Doubted(probabilities[i], doubtThreshold, inferredDoubtThreshold);
            if (e.Threat)
            {
                threats++;
                caught += hit ? 1 : 0;
                ruleFound += e.RuleThreat && !doubted ? 1 : 0;
                ruleDoubted += doubted ? 1 : 0;
                netFound += threat ? 1 : 0;
                if (e.NetCanChange)
                {
                    missed++;
                    missedCaught += hit ? 1 : 0;
                }

                continue;
            }

            ruleFalse += e.RuleThreat && !doubted ? 1 : 0;
            falseDoubted += doubted ? 1 : 0;
            netFalse += threat ? 1 : 0;
            if (e.NetCanChange)
            {
                answered++;
                answeredReviewed += hit ? 1 : 0;
                if (e.Ordinary)
                {
                    ordinary++;
                    ordinaryReviewed += hit ? 1 : 0;
                }
                else
                {
                    traps++;
                    trapsReviewed += hit ? 1 : 0;
                }
            }
        }

        return new MenaceFigures(examples.Count, threats, missed, missedCaught, caught, answered, answeredReviewed, ordinary, ordinaryReviewed, traps, trapsReviewed,
            ruleFound, ruleFalse, netFound, netFalse, ruleDoubted, falseDoubted);
    }

    public override string ToString() =>
        $"{Examples} comments, {Threats} threats. Threats the rules leave at reply/none: {RuleMissedThreats}, turned into review or threat: {RuleMissedCaught} ({RuleMissedCaughtShare:P1}). " +
        $"The net alone on all threats: {AllThreatsCaught}/{Threats} ({NetRecall:P1}). " +
        $"Non-threats the rules answer: {AnsweredNonThreats}, turned into review or threat: {AnsweredNonThreatsReviewed} ({ReviewShare:P1}); " +
        $"ordinary comments {OrdinaryReviewed}/{OrdinaryAnswered} ({OrdinaryReviewShare:P1}), traps {TrapsReviewed}/{TrapsAnswered} ({TrapReviewShare:P1}). " +
        $"Threats: rules {RuleThreatsFound} (+{RuleFalseThreats} false; {RuleFalseDoubted} false and {RuleThreatsDoubted} real sent to review as doubted), " +
        $"net {NetThreatsFound} (+{NetFalseThreats} false); together precision {ThreatPrecision:F3}, recall {ThreatRecall:F3}.";

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
