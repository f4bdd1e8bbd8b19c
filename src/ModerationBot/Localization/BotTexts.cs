using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ModerationBot.Localization;

/// <summary>The texts of one language, with positional (<c>{0}</c>) or named (<c>{name}</c>) arguments.</summary>
public sealed partial class BotTexts
{
    private readonly FrozenDictionary<string, string> _texts;
    private readonly BotTexts? _fallback;
    private readonly MissingTextPolicy _policy;

    internal BotTexts(string language, FrozenDictionary<string, string> texts, BotTexts? fallback, MissingTextPolicy policy)
    {
        Language = language;
        Culture = CultureInfo.GetCultureInfo(language == BotLanguage.English ? "en-GB" : "sv-SE");
        _texts = texts;
        _fallback = fallback;
        _policy = policy;
    }

    /// <summary><c>sv</c> or <c>en</c>.</summary>
    public string Language { get; }

    /// <summary>Culture for numbers and dates in this language.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The keys this language defines.</summary>
    public IEnumerable<string> Keys => _texts.Keys;

    /// <summary>The text for <paramref name="key"/>.</summary>
    public string this[string key] => Get(key);

    /// <summary>The text with <c>{0}</c>, <c>{1}</c>… replaced, formatted for this language.</summary>
    public string Format(string key, params object?[] args) => string.Format(Culture, Get(key), args);

    /// <summary>The text with <c>{name}</c> placeholders replaced by the named arguments.</summary>
    public string Format(string key, IReadOnlyDictionary<string, object?> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return NamedPlaceholder().Replace(Get(key), match =>
        {
            var name = match.Groups[1].Value;
            if (args.TryGetValue(name, out var value))
            {
                return Convert.ToString(value, Culture) ?? string.Empty;
            }

            return _policy == MissingTextPolicy.Throw
                ? throw new KeyNotFoundException($"Text '{key}' needs the argument '{name}'.")
                : match.Value;
        });
    }

    private string Get(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_texts.TryGetValue(key, out var text))
        {
            return text;
        }

        if (_policy == MissingTextPolicy.Throw)
        {
            throw new KeyNotFoundException($"No {Language} text for key '{key}'.");
        }

        return _fallback is not null ? _fallback.Get(key) : key;
    }

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex NamedPlaceholder();
}
