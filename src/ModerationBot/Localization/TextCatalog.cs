using System.Collections.Frozen;
using System.Text.Json;

namespace ModerationBot.Localization;

/// <summary>Reads the embedded language files (<c>Localization/Texts/{language}.json</c>).</summary>
internal static class TextCatalog
{
    internal static FrozenDictionary<string, string> Load(string language)
    {
        var name = ResourceName(language);
        using var stream = typeof(TextCatalog).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The text resource '{name}' is not embedded in the assembly.");
        var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidOperationException($"The text resource '{name}' is empty.");
        return texts.ToFrozenDictionary(StringComparer.Ordinal);
    }

    internal static string ResourceName(string language) => $"ModerationBot.Localization.Texts.{language}.json";
}
