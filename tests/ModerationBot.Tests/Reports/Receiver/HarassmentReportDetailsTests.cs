using ModerationBot.Cases;
using ModerationBot.Reports;

namespace ModerationBot.Tests.Reports.Receiver;

public sealed class HarassmentReportDetailsTests
{
    [Fact]
    public void FromEvidence_StoredFromTheForm_ReadsEveryFieldAndKeepsTheFirstLinkBeside()
    {
        var form = new ReportFormValues
        {
            Category = " hate ",
            Platform = "instagram",
            Account = "organisation",
            OccurredOn = "2026-11-01",
            Links = "https://instagram.com/p/1\nhttps://instagram.com/p/2",
            Description = "Comments about my accent under every post",
            Continuing = "yes",
            PoliceReported = "yes",
            PoliceReportNumber = "5000-K1-26",
            Receiver = "hr",
            DraftId = "draft-1",
        };

        var evidence = HarassmentReportDetails.From(form).ToEvidence();
        var read = HarassmentReportDetails.FromEvidence(evidence);

        Assert.Equal("https://instagram.com/p/1", evidence.Link);
        Assert.Equal(
            ("hate", "instagram", "organisation", "2026-11-01", "Comments about my accent under every post", "yes", "yes", "5000-K1-26", "hr"),
            (read.Category, read.Platform, read.Account, read.OccurredOn, read.Description, read.Continuing, read.PoliceReported, read.PoliceReportNumber, read.Receiver));
        Assert.Equal(["https://instagram.com/p/1", "https://instagram.com/p/2"], read.LinkList);
        Assert.DoesNotContain("draft-1", evidence.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("He wrote that he knows where I live")]
    [InlineData("{ not json, but the employee's own words")]
    public void FromEvidence_PlainTextEvidence_ShownAsTheDescription(string text)
    {
        var read = HarassmentReportDetails.FromEvidence(new CaseEvidence(text, "https://example.org/1", []));

        Assert.Equal((text, "https://example.org/1", null), (read.Description, read.Links, read.Category));
    }

    [Fact]
    public void ToString_Always_LeavesTheContentOut()
    {
        var details = new HarassmentReportDetails { Description = "secret words" };

        Assert.DoesNotContain("secret", details.ToString(), StringComparison.Ordinal);
    }
}
