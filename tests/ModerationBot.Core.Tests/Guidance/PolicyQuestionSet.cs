namespace ModerationBot.Core.Tests.Guidance;

/// <summary>The labelled questions in Data/policy-questions.tsv (tuning) and Data/policy-questions-holdout.tsv (never tuned on); an expected id of "-" means the pack has no answer.</summary>
internal static class PolicyQuestionSet
{
    public static IReadOnlyList<(string? ExpectedId, string Question)> Load(string fileName = "policy-questions.tsv")
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Guidance", "Data", fileName);
        return File.ReadLines(path)
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t', 2))
            .Select(parts => (parts[0] == "-" ? null : parts[0], parts[1]))
            .ToList();
    }
}
