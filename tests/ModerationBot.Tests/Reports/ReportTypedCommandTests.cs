using ModerationBot.Reports;

namespace ModerationBot.Tests.Reports;

/// <summary>Which typed messages start a report or list the drafts, and which are left to other features.</summary>
public sealed class ReportTypedCommandTests
{
    [Theory]
    [InlineData("anmäl", ReportCommands.Open)]
    [InlineData("ANMÄL", ReportCommands.Open)]
    [InlineData("anma\u0308l", ReportCommands.Open)]
    [InlineData("  /report  harassment! ", ReportCommands.Open)]
    [InlineData("anmäl trakasserier.", ReportCommands.Open)]
    [InlineData("anmäl utkast", ReportCommands.Drafts)]
    [InlineData("report drafts", ReportCommands.Drafts)]
    public void Parse_ReportWords_ReturnsTheirCommand(string text, string expected) =>
        Assert.Equal(expected, ReportTypedCommand.Parse(text));

    [Theory]
    [InlineData("granska anmäl")]
    [InlineData("anmälan om parkering")]
    [InlineData("reporter")]
    [InlineData("how do I report a comment on Facebook?")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_OtherText_ReturnsNull(string? text) =>
        Assert.Null(ReportTypedCommand.Parse(text));
}
