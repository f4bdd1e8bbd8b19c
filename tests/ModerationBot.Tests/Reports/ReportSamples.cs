namespace ModerationBot.Tests.Reports;

/// <summary>A complete report as the form submits it, and what must never leak from it.</summary>
internal static class ReportSamples
{
    public const string Description = "Kontot ”nattugglan_83” skriver varje kväll att hen vet var jag bor, Ringvägen 14.";
    public const string Link = "https://instagram.com/p/zx81-example";

    public static Dictionary<string, string> Form(string command, string category = "harassment", string continuing = "no", string receiver = "manager", string platform = "instagram") => new()
    {
        ["command"] = command,
        ["category"] = category,
        ["platform"] = platform,
        ["account"] = "private",
        ["occurredOn"] = "2026-01-15",
        ["links"] = Link,
        ["description"] = Description,
        ["continuing"] = continuing,
        ["policeReported"] = "yes",
        ["policeReportNumber"] = "5000-K123456-26",
        ["receiver"] = receiver,
    };
}
