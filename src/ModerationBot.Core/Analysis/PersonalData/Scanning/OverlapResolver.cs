using System.Buffers;

namespace ModerationBot.Core.Analysis.PersonalData.Scanning;

/// <summary>Keeps the best non-overlapping candidates (priority, then length, then position) and the notes no finding covers.</summary>
internal static class OverlapResolver
{
    public static PersonalDataScan Resolve(ScanContext context)
    {
        var candidates = context.Candidates;
        if (candidates.Count == 0 && context.NoteCandidates.Count == 0)
        {
            return new PersonalDataScan([], []);
        }

        candidates.Sort(static (a, b) =>
            a.Priority != b.Priority ? b.Priority.CompareTo(a.Priority)
            : a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : a.Start.CompareTo(b.Start));

        var taken = ArrayPool<bool>.Shared.Rent(context.Text.Length + 1);
        try
        {
            Array.Clear(taken, 0, context.Text.Length + 1);
            var findings = new List<PersonalDataFinding>();
            foreach (var c in candidates)
            {
                if (!IsFree(taken, c.Start, c.End))
                {
                    continue;
                }

                taken.AsSpan(c.Start, c.Length).Fill(true);
                findings.Add(new PersonalDataFinding(c.Type, c.Start, c.End, PersonalDataPolicy.For(c.Type)));
            }

            findings.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            var notes = new List<AnalysisNote>();
            foreach (var note in context.NoteCandidates)
            {
                if (IsFree(taken, note.Start, note.End))
                {
                    notes.Add(note);
                }
            }

            notes.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            return new PersonalDataScan(findings, notes);
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(taken);
        }
    }

    private static bool IsFree(bool[] taken, int start, int end) => !taken.AsSpan(start, end - start).Contains(true);
}
