using System.Text.Json;
using ModerationBot.Core.Analysis;

namespace ModerationBot.Core.Guidance;

/// <summary>The policy pack's question-and-answer entries, loaded from the embedded data files.</summary>
internal sealed class PolicyAnswerPack
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private PolicyAnswerPack(
        IReadOnlyList<PolicyAnswerEntry> entries,
        IReadOnlyDictionary<string, LanguagePair<string>> sources,
        LanguagePair<IReadOnlyList<string>> fillerWords)
    {
        Entries = entries;
        Sources = sources;
        FillerWords = fillerWords;
    }

    /// <summary>Words that carry no topic in a question ("hur", "gäller", "should"), left out of matching.</summary>
    public LanguagePair<IReadOnlyList<string>> FillerWords { get; }

    public IReadOnlyList<PolicyAnswerEntry> Entries { get; }

    public IReadOnlyDictionary<string, LanguagePair<string>> Sources { get; }

    public static PolicyAnswerPack LoadEmbedded()
    {
        var entries = Read<List<PolicyAnswerEntry>>("policy-answers.json");
        var sources = Read<Dictionary<string, LanguagePair<string>>>("sources.json");
        foreach (var entry in entries)
        {
            if (!sources.ContainsKey(entry.Source))
            {
                throw new InvalidDataException($"Policy answer '{entry.Id}' names unknown source '{entry.Source}'.");
            }
        }

        var fillerWords = Read<LanguagePair<IReadOnlyList<string>>>("question-filler-words.json");
        return new PolicyAnswerPack(entries, sources, fillerWords);
    }

    public PolicyAnswer ToAnswer(PolicyAnswerEntry entry)
    {
        var source = Sources[entry.Source];
        return new PolicyAnswer(
            entry.Id,
            new LocalizedText(entry.Answer.Sv, entry.Answer.En),
            new LocalizedText(source.Sv, source.En),
            entry.Section);
    }

    private static T Read<T>(string fileName)
    {
        var name = $"ModerationBot.Core.Guidance.Data.{fileName}";
        using var stream = typeof(PolicyAnswerPack).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"Embedded policy data '{name}' is missing.");
        return JsonSerializer.Deserialize<T>(stream, JsonOptions)
            ?? throw new InvalidDataException($"Embedded policy data '{name}' is empty.");
    }
}
