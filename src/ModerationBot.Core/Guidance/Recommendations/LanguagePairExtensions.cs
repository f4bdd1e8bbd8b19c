using ModerationBot.Core.Analysis;

namespace ModerationBot.Core.Guidance.Recommendations;

/// <summary>Small helpers for reading the data files' Swedish/English pairs.</summary>
internal static class LanguagePairExtensions
{
    public static T For<T>(this LanguagePair<T> pair, bool english) => english ? pair.En : pair.Sv;

    public static LocalizedText ToText(this LanguagePair<string> pair) => new(pair.Sv, pair.En);

    public static string Fill(this string template, params (string Name, string Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            template = template.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return template;
    }
}
