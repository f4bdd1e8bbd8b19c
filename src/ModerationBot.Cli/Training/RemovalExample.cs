using ModerationBot.Core.Analysis;

namespace ModerationBot.Cli.Training;

/// <summary>
/// One labelled comment for the removal net: its text and file, the removal grounds its labels give (of
/// <see cref="Core.Analysis.Rules.RemovalClassifier.Grounds"/>), its labelled action, and the action the engine
/// without the removal net recommends; <see cref="Asked"/> when the net would be asked about it.
/// </summary>
internal sealed record RemovalExample(string Text, string Source, IReadOnlySet<RuleId> Grounds, ModerationAction Labelled, ModerationAction Engine, bool Asked)
{
    public bool HasGround => Grounds.Count > 0;
}
