using System.Text.Json;
using ModerationBot.BotFramework.Activities;
using ModerationBot.Dialogs.Criticism;

namespace ModerationBot.Tests.Dialogs.Criticism;

public sealed class CriticismCommandTests
{
    [Theory]
    [InlineData("kritik", null)]
    [InlineData("Kritik Varför?", "Varför?")]
    [InlineData("criticism: Why is it closed?", "Why is it closed?")]
    [InlineData("  /kritik   text  ", "text")]
    public void IsStart_TypedCommand_ReturnsTrueWithTheComment(string text, string? expected)
    {
        Assert.True(CriticismCommand.IsStart(new Activity { Text = text }, out var comment, out var redacted));
        Assert.Equal(expected, comment);
        Assert.False(redacted);
    }

    [Theory]
    [InlineData("kritiken är hård")]
    [InlineData("jag har kritik")]
    [InlineData("")]
    public void IsStart_OtherText_ReturnsFalse(string text)
    {
        Assert.False(CriticismCommand.IsStart(new Activity { Text = text }, out _, out _));
    }

    [Fact]
    public void IsStart_StartSubmitWithText_ReturnsTheText()
    {
        var activity = new Activity { Value = JsonSerializer.SerializeToElement(new { command = "criticism.start", text = "Fel uppgifter" }) };

        Assert.True(CriticismCommand.IsStart(activity, out var comment, out var redacted));
        Assert.Equal("Fel uppgifter", comment);
        Assert.True(redacted);
    }

    [Fact]
    public void IsStart_OtherSubmitCommand_ReturnsFalseEvenWithCommandWordInText()
    {
        var activity = new Activity { Text = "kritik", Value = JsonSerializer.SerializeToElement(new { command = "help" }) };

        Assert.False(CriticismCommand.IsStart(activity, out _, out _));
    }

    [Fact]
    public void IsFallbackAction_SubmitFallbackOfAButton_ReturnsVerbAndData()
    {
        var activity = new Activity { Value = JsonSerializer.SerializeToElement(new { verb = "criticism.back", data = new { sessionId = "abc", version = 3 } }) };

        Assert.True(CriticismCommand.IsFallbackAction(activity, out var verb, out var data));
        Assert.Equal(CriticismVerbs.Back, verb);
        Assert.Equal(new CriticismActionData("abc", 3, null), CriticismActionData.Read(data));
    }

    [Fact]
    public void IsFallbackAction_UnknownVerb_ReturnsFalse()
    {
        var activity = new Activity { Value = JsonSerializer.SerializeToElement(new { verb = "help" }) };

        Assert.False(CriticismCommand.IsFallbackAction(activity, out _, out _));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"sessionId\":42}")]
    [InlineData("{\"sessionId\":\"\"}")]
    [InlineData("[1,2]")]
    public void Read_MalformedData_ReturnsNull(string json)
    {
        Assert.Null(CriticismActionData.Read(JsonDocument.Parse(json).RootElement));
    }

    [Fact]
    public void Read_VersionOfWrongType_ReadsAsZeroSoThePressIsStale()
    {
        var data = CriticismActionData.Read(JsonDocument.Parse("{\"sessionId\":\"s\",\"version\":\"7\",\"option\":\"yes\"}").RootElement);

        Assert.Equal(0, data!.Version);
        Assert.Equal("yes", data.Option);
    }
}
