using System.Text.Json;

namespace ModerationBot.Cli.Checking.Output;

/// <summary>The snake_case id of an engine enum value, e.g. <c>PersonalIdentityNumber</c> → <c>personal_identity_number</c>.</summary>
internal static class ContractId
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
