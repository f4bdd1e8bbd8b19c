using ModerationBot.Core.Analysis.Language;
using ModerationBot.Core.Analysis.Lexicons;

namespace ModerationBot.Core.Analysis.Sensitive;

/// <summary>
/// Finds GDPR art. 9/10 data said about a person ("jag har diabetes", "min granne Per är alkoholist"). A term is
/// reported only when someone it is about can be found in the sentence; general talk ("platser för personer med
/// demens") is not personal data. Negated statements ("jag har inte cancer") are skipped.
/// </summary>
internal static class SensitiveDataDetector
{
    public static List<SensitiveMatch> Find(TextContext context)
    {
        var found = new List<SensitiveMatch>();
        foreach (var match in context.Matches)
        {
            if (match.Cue != Cue.Sensitive || match.Entry.Category is not { } category)
            {
                continue;
            }

            if (context.AnyInWindow(match.First, match.First - 2, match.First - 1, Cue.Negation))
            {
                continue;
            }

            var subject = SubjectResolver.Resolve(context, match);
            if (subject is null)
            {
                continue;
            }

            var (start, end) = context.Span(match);
            if (!Overlaps(found, start, end))
            {
                found.Add(new SensitiveMatch(category, subject.Value, start, end));
            }
        }

        return found;
    }

    // Matches arrive in token order, so only the last finding can overlap a new one.
    private static bool Overlaps(List<SensitiveMatch> found, int start, int end) =>
        found.Count > 0 && start < found[^1].End && found[^1].Start < end;
}
