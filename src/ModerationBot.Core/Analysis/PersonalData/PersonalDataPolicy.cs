using System.Collections.Frozen;
using System.Text.Json;

namespace ModerationBot.Core.Analysis.PersonalData;

/// <summary>The policy basis of each personal data type, read once from the embedded <c>personal-data-policy.json</c>.</summary>
internal static class PersonalDataPolicy
{
    private const string ResourceName = "ModerationBot.Core.Analysis.PersonalData.Resources.personal-data-policy.json";

    private static readonly FrozenDictionary<PersonalDataType, PolicyBasis> Bases = Load();

    public static PolicyBasis For(PersonalDataType type) => Bases[type];

    private static FrozenDictionary<PersonalDataType, PolicyBasis> Load()
    {
        using var stream = EmbeddedText.Open(ResourceName);
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var source = root.GetProperty("source").GetString()!;
        var section = root.GetProperty("section").GetString()!;
        var types = root.GetProperty("types");
        var result = new Dictionary<PersonalDataType, PolicyBasis>();
        foreach (var type in Enum.GetValues<PersonalDataType>())
        {
            var entry = types.GetProperty(Redactor.PlaceholderKey(type));
            var explanation = new LocalizedText(entry.GetProperty("sv").GetString()!, entry.GetProperty("en").GetString()!);
            result[type] = new PolicyBasis(entry.GetProperty("ruleId").GetString()!, source, section, explanation);
        }

        return result.ToFrozenDictionary();
    }
}
