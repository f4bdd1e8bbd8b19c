using System.Text.RegularExpressions;

namespace ModerationBot.Core.Guidance.Recommendations;

/// <summary>
/// Last line of defence before a comment is shown or drafted from: masks runs of seven or more digits the
/// analysis left in the redacted text (e.g. an identity number whose check digit fails, which the engine only
/// notes). ISO dates stay readable.
/// </summary>
internal static partial class ResidualNumberMask
{
    public static string Apply(string redacted, bool english) =>
        LongDigitRun().Replace(redacted, match => IsoDate().IsMatch(match.Value) ? match.Value : english ? "[number]" : "[nummer]");

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\+?\d(?:[ \-]?\d){6,}(?![\p{L}\p{N}])")]
    private static partial Regex LongDigitRun();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();
}
