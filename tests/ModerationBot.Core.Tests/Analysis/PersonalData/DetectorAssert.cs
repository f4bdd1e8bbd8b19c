using Xunit;
using ModerationBot.Core.Analysis;
using ModerationBot.Core.Analysis.PersonalData;

namespace ModerationBot.Core.Tests.Analysis.PersonalData;

internal static class DetectorAssert
{
    private static readonly PersonalDataDetector Detector = new(TestClock.Create());

    public static PersonalDataScan Scan(string text) => Detector.Scan(text);

    /// <summary>The findings as (type, matched text), which also proves the offsets.</summary>
    public static List<(PersonalDataType Type, string Value)> Found(string text) =>
        Scan(text).Findings.Select(f => (f.Type, text[f.Start..f.End])).ToList();

    public static void Single(string text, PersonalDataType type, string value) =>
        Assert.Equal([(type, value)], Found(text));

    public static void Nothing(string text) => Assert.Empty(Found(text));
}
