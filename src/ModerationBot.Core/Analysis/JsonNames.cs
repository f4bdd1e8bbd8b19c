using System.Text.Json;

namespace ModerationBot.Core.Analysis;

/// <summary>The snake_case contract names of the analysis enums, e.g. <c>hate_speech</c>.</summary>
internal static class JsonNames
{
    private static readonly string[] RuleNames = Enum.GetValues<RuleId>().Select(r => JsonNamingPolicy.SnakeCaseLower.ConvertName(r.ToString())).ToArray();

    public static string Of(RuleId rule) => RuleNames[(int)rule];
}
