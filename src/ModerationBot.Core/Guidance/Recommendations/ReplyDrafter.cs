using ModerationBot.Core.Analysis;

namespace ModerationBot.Core.Guidance.Recommendations;

/// <summary>
/// Picks varied reply drafts from the templates. Drafts never quote the comment, so they cannot repeat
/// personal or sensitive data; the moderator fills in the facts marked in square brackets.
/// </summary>
internal sealed class ReplyDrafter(RepliesFile replies)
{
    public ReplyKind Classify(string redacted, bool english)
    {
        var cues = replies.Cues.For(english);
        var text = redacted.Trim().ToLowerInvariant();
        if (text.Contains('?', StringComparison.Ordinal) || StartsWithAny(text, cues.Question))
        {
            return ReplyKind.Question;
        }

        return cues.Praise.Any(cue => text.Contains(cue, StringComparison.Ordinal)) ? ReplyKind.Praise : ReplyKind.Criticism;
    }

    /// <summary>Two drafts of <paramref name="templateKey"/>, plus a holding reply unless it is praise.</summary>
    public IReadOnlyList<string> Draft(string templateKey, bool withHoldingReply, string seed, bool english, string signature)
    {
        var hash = StableHash.Of(seed);
        var main = replies.Templates[templateKey].For(english);
        var first = (int)(hash % (uint)main.Count);
        List<string> drafts = [main[first], main[(first + 1) % main.Count]];
        if (withHoldingReply)
        {
            var holding = replies.Templates["holding"].For(english);
            drafts.Add(holding[(int)(hash / 7 % (uint)holding.Count)]);
        }

        return [.. drafts.Select(draft => $"{draft}\n/{signature}")];
    }

    public static string TemplateKey(ReplyKind kind) => RecommendationData.Key(kind);

    private static bool StartsWithAny(string text, IEnumerable<string> words) =>
        words.Any(word => text.StartsWith(word + " ", StringComparison.Ordinal));
}
