using Xunit;
using ModerationBot.Core.Analysis;
using ModerationBot.Core.Analysis.PersonalData;

namespace ModerationBot.Core.Tests.Analysis.PersonalData;

public sealed class RedactorTests
{
    [Fact]
    public void Redact_SwedishComment_UsesSwedishPlaceholders()
    {
        const string text = "Ring Per på 070-123 45 67";
        var redacted = Redactor.Redact(text, [(5, 8, "person_name"), (12, 25, "phone_number")], "sv");
        Assert.Equal("Ring [namn] på [telefon]", redacted);
    }

    [Fact]
    public void Redact_EnglishLanguage_UsesEnglishPlaceholders()
    {
        const string text = "Call Per on 070-123 45 67";
        var redacted = Redactor.Redact(text, [(5, 8, "person_name"), (12, 25, "phone_number")], "en-GB");
        Assert.Equal("Call [name] on [phone]", redacted);
    }

    [Fact]
    public void Redact_OverlappingSpans_MergeIntoLongestSpansPlaceholder()
    {
        const string text = "Min granne Per har diabetes.";
        var redacted = Redactor.Redact(text, [(11, 14, "person_name"), (11, 27, "health")], "sv");
        Assert.Equal("Min granne [hälsouppgift].", redacted);
    }

    [Fact]
    public void Redact_DetectorFindings_ReplacesEveryFinding()
    {
        const string text = "Per Andersson, Storgatan 12, per@example.se";
        var scan = new PersonalDataDetector().Scan(text);
        var redacted = Redactor.Redact(text, scan.Findings.Select(f => (f.Start, f.End, Redactor.PlaceholderKey(f.Type))), "sv");
        Assert.Equal("[namn], [adress], [e-post]", redacted);
    }

    [Fact]
    public void PlaceholderKey_EveryTypeAndCategory_HasPlaceholderInBothLanguages()
    {
        var keys = Enum.GetValues<PersonalDataType>().Select(Redactor.PlaceholderKey)
            .Concat(Enum.GetValues<SensitiveCategory>().Select(Redactor.PlaceholderKey))
            .ToList();
        foreach (var key in keys)
        {
            var sv = Redactor.Redact("x", [(0, 1, key)], "sv");
            var en = Redactor.Redact("x", [(0, 1, key)], "en");
            Assert.StartsWith("[", sv);
            Assert.StartsWith("[", en);
        }

        Assert.Equal("personal_identity_number", Redactor.PlaceholderKey(PersonalDataType.PersonalIdentityNumber));
        Assert.Equal("[sexualliv]", Redactor.Redact("x", [(0, 1, Redactor.PlaceholderKey(SensitiveCategory.SexLifeOrientation))], "sv"));
        Assert.Equal("[criminal offence]", Redactor.Redact("x", [(0, 1, "criminal_offence")], "en"));
    }

    [Fact]
    public void Redact_SpanOutsideText_ThrowsWithoutEchoingText()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Redactor.Redact("hemligt", [(3, 20, "email")], "sv"));
        Assert.DoesNotContain("hemligt", error.Message);
    }

    [Fact]
    public void Redact_UnknownKey_Throws() =>
        Assert.Throws<ArgumentException>(() => Redactor.Redact("abc", [(0, 1, "shoe_size")], "sv"));

    [Fact]
    public void Redact_NoSpans_ReturnsTextUnchanged() => Assert.Equal("abc", Redactor.Redact("abc", [], "sv"));
}
