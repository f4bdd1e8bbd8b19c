using System.Text.Json;
using ModerationBot.Core.Analysis;

namespace ModerationBot.Core.Guidance.Recommendations;

/// <summary>The steps, reply templates, labels and draft texts, loaded once from the embedded data files.</summary>
internal sealed record RecommendationData(StepsFile Steps, RepliesFile Replies, DraftsFile Drafts, FindingsFile Findings)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static RecommendationData Embedded { get; } = Load();

    /// <summary>The snake_case id used as a key in the data files, e.g. <c>linked_in</c>, <c>phone_number</c>.</summary>
    public static string Key<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private static RecommendationData Load()
    {
        var data = new RecommendationData(
            Read<StepsFile>("steps.json"),
            Read<RepliesFile>("replies.json"),
            Read<DraftsFile>("drafts.json"),
            Read<FindingsFile>("findings.json"));
        RequireAll(data.Steps.Platforms, Enum.GetValues<Platform>(), "platform note");
        RequireAll(data.Findings.Rules, Enum.GetValues<RuleId>(), "rule label");
        RequireAll(data.Findings.PersonalData, Enum.GetValues<PersonalDataType>(), "personal data label");
        RequireAll(data.Findings.Sensitive, Enum.GetValues<SensitiveCategory>(), "sensitive category label");
        RequireAll(data.Findings.Subjects, Enum.GetValues<DataSubject>(), "data subject label");
        return data;
    }

    private static void RequireAll<TEnum, TValue>(IReadOnlyDictionary<string, TValue> table, TEnum[] values, string what)
        where TEnum : struct, Enum
    {
        var missing = values.Select(Key).FirstOrDefault(key => !table.ContainsKey(key));
        if (missing is not null)
        {
            throw new InvalidDataException($"Recommendation data has no {what} for '{missing}'.");
        }
    }

    private static T Read<T>(string fileName)
    {
        var name = $"ModerationBot.Core.Guidance.Recommendations.Data.{fileName}";
        using var stream = typeof(RecommendationData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"Embedded recommendation data '{name}' is missing.");
        return JsonSerializer.Deserialize<T>(stream, JsonOptions)
            ?? throw new InvalidDataException($"Embedded recommendation data '{name}' is empty.");
    }
}
