using ModerationBot.Testing.Activities;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Bot.Checking;

/// <summary>The "Granska en kommentar" dialog: opened by task/fetch, submitted by task/submit, answered in the dialog.</summary>
public sealed class CheckDialogTests(ModerationBotFactory factory) : IClassFixture<ModerationBotFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_TaskFetchCheckOpen_ReturnsDialogWithCommentPlatformAndLink()
    {
        var activity = TestActivities.TaskFetch(new { command = "check.open", msteams = new { type = "task/fetch" } }, factory.Connector.ServiceUrl).Isolated();

        var card = CheckTurns.ContinueCard(await CheckTurns.InvokeAsync(factory, activity, Ct));

        Assert.Equal(["comment", "platform", "link"], CheckTurns.InputIds(card));
        var body = card.GetProperty("body").EnumerateArray().ToList();
        var comment = body.Single(e => e.TryGetProperty("id", out var id) && id.GetString() == "comment");
        Assert.True(comment.GetProperty("isMultiline").GetBoolean());
        Assert.True(comment.GetProperty("isRequired").GetBoolean());
        Assert.Equal(5_000, comment.GetProperty("maxLength").GetInt32());
        var platform = body.Single(e => e.TryGetProperty("id", out var id) && id.GetString() == "platform");
        Assert.Equal(["facebook", "instagram", "x", "linkedin", "youtube", "other"],
            platform.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()));
        var link = body.Single(e => e.TryGetProperty("id", out var id) && id.GetString() == "link");
        Assert.Equal("url", link.GetProperty("style").GetString(), ignoreCase: true);
    }

    [Fact]
    public async Task Post_TaskSubmitValidComment_ReturnsResultCardInTheDialog()
    {
        var activity = TestActivities.TaskSubmit(
            new { command = "check.submit", comment = CheckTurns.ThreatWithIdentityNumber, platform = "facebook", link = "https://facebook.com/kommunen/posts/1" },
            factory.Connector.ServiceUrl).Isolated();

        var body = await CheckTurns.InvokeAsync(factory, activity, Ct);

        var card = CheckTurns.ContinueCard(body);
        Assert.DoesNotContain(CheckTurns.Personnummer, body.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Hot: svara inte", CheckTurns.AllText(card), StringComparison.Ordinal);
        Assert.Empty(CheckTurns.InputIds(card));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Post_TaskSubmitEmptyComment_ReturnsDialogAgainWithKindError(string comment)
    {
        var activity = TestActivities.TaskSubmit(new { command = "check.submit", comment, platform = "x" }, factory.Connector.ServiceUrl).Isolated();

        var card = CheckTurns.ContinueCard(await CheckTurns.InvokeAsync(factory, activity, Ct));

        Assert.Contains("comment", CheckTurns.InputIds(card));
        Assert.Contains("Klistra in kommentaren du vill granska", CheckTurns.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_TaskSubmitTooLong_ReturnsDialogWithTextKeptAndLimitNamed()
    {
        var text = string.Concat(Enumerable.Repeat("Kommunen svarar aldrig. ", 250));
        var activity = TestActivities.TaskSubmit(new { command = "check.submit", comment = text, platform = "other" }, factory.Connector.ServiceUrl).Isolated();
        activity.Locale = "en-GB";

        var card = CheckTurns.ContinueCard(await CheckTurns.InvokeAsync(factory, activity, Ct));

        var all = CheckTurns.AllText(card);
        Assert.Contains("5,000", all, StringComparison.Ordinal);
        Assert.Contains(text.Trim(), all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_TaskSubmitInvalidLink_ReturnsDialogAskingForWebAddress()
    {
        var activity = TestActivities.TaskSubmit(new { command = "check.submit", comment = "Bra jobbat!", platform = "x", link = "javascript:alert(1)" }, factory.Connector.ServiceUrl).Isolated();

        var card = CheckTurns.ContinueCard(await CheckTurns.InvokeAsync(factory, activity, Ct));

        Assert.Contains("https://", CheckTurns.AllText(card), StringComparison.Ordinal);
        Assert.Contains("link", CheckTurns.InputIds(card));
    }

    [Fact]
    public async Task Post_OpenButtonOutsideTeams_SendsPromptCard()
    {
        var activity = TestActivities.PersonalMessage(string.Empty, factory.Connector.ServiceUrl).Isolated();
        activity.Text = null;
        activity.Value = System.Text.Json.JsonSerializer.SerializeToElement(new { command = "check.open", msteams = new { type = "task/fetch" } });

        var (_, card) = await CheckTurns.SendAndGetCardAsync(factory, activity, Ct);

        Assert.Contains("granska", CheckTurns.AllText(card), StringComparison.Ordinal);
    }
}
