using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using ModerationBot.Core.Analysis;

namespace ModerationBot.Core.Policy;

/// <summary>
/// The comment policy as data: the rules in <c>policy-pack.sv.json</c> and <c>policy-pack.en.json</c> (same ids),
/// each with its source document, section, explanation and recommended action.
/// </summary>
public sealed class PolicyPack
{
    private readonly FrozenDictionary<string, PolicyRule> _rules;

    private PolicyPack(FrozenDictionary<string, PolicyRule> rules) => _rules = rules;

    /// <summary>The built-in pack, read once from the embedded files.</summary>
    public static PolicyPack Default { get; } = Load();

    /// <summary>All rules, by id.</summary>
    public IReadOnlyDictionary<string, PolicyRule> Rules => _rules;

    /// <summary>The rule with <paramref name="id"/>; throws when the pack lacks it, a data error caught by tests.</summary>
    public PolicyRule this[string id] =>
        _rules.TryGetValue(id, out var rule) ? rule : throw new KeyNotFoundException($"The policy pack has no rule '{id}'.");

    /// <summary>The rule for a rule id.</summary>
    public PolicyRule For(RuleId rule) => this[JsonNamingPolicy.SnakeCaseLower.ConvertName(rule.ToString())];

    /// <summary>Reads a pack from its Swedish and English files; both must list the same rule ids.</summary>
    public static PolicyPack Load(Stream swedish, Stream english)
    {
        ArgumentNullException.ThrowIfNull(swedish);
        ArgumentNullException.ThrowIfNull(english);
        var sv = Read(swedish);
        var en = Read(english).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var rules = new Dictionary<string, PolicyRule>(StringComparer.Ordinal);
        foreach (var rule in sv)
        {
            if (!en.TryGetValue(rule.Id, out var english1))
            {
                throw new InvalidDataException($"The English policy pack lacks rule '{rule.Id}'.");
            }

            var action = Enum.Parse<ModerationAction>(rule.Action, ignoreCase: true);
            rules[rule.Id] = new PolicyRule(rule.Id, rule.Source, rule.Section, new LocalizedText(rule.Explanation, english1.Explanation), action);
        }

        if (en.Count != rules.Count)
        {
            throw new InvalidDataException("The Swedish and English policy packs list different rules.");
        }

        return new PolicyPack(rules.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static PolicyPack Load()
    {
        using var sv = Analysis.Lexicons.ResourceReader.Open("policy-pack.sv.json");
        using var en = Analysis.Lexicons.ResourceReader.Open("policy-pack.en.json");
        return Load(sv, en);
    }

    private static List<PackRule> Read(Stream stream) =>
        JsonSerializer.Deserialize<PackFile>(stream)?.Rules ?? throw new InvalidDataException("A policy pack file is empty.");

    private sealed class PackFile
    {
        [JsonPropertyName("rules")]
        public List<PackRule> Rules { get; set; } = [];
    }

    private sealed class PackRule
    {
        [JsonPropertyName("id")]
        public string Id { get; set; } = "";

        [JsonPropertyName("source")]
        public string Source { get; set; } = "";

        [JsonPropertyName("section")]
        public string Section { get; set; } = "";

        [JsonPropertyName("explanation")]
        public string Explanation { get; set; } = "";

        [JsonPropertyName("action")]
        public string Action { get; set; } = "";
    }
}
