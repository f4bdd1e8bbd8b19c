using System.Text.Json;
using System.Text.Json.Nodes;
using ModerationBot.BotFramework.Cards;
using Xunit;

namespace ModerationBot.BotFramework.Tests.Cards;

public sealed class CardActionTests
{
    [Fact]
    public void TaskFetch_WithData_KeepsDataBesideTeamsType()
    {
        var data = Data(SubmitAction.TaskFetch("Open", new { dialog = "check" }));

        Assert.Equal("check", data.GetProperty("dialog").GetString());
        Assert.Equal("task/fetch", data.GetProperty("msteams").GetProperty("type").GetString());
    }

    [Fact]
    public void ImBack_Text_IsTheTeamsValue()
    {
        var data = Data(SubmitAction.ImBack("Help", "hjälp"));

        Assert.Equal("imBack", data.GetProperty("msteams").GetProperty("type").GetString());
        Assert.Equal("hjälp", data.GetProperty("msteams").GetProperty("value").GetString());
    }

    [Fact]
    public void MessageBack_ValueAndDisplayText_AreUnderMsteams()
    {
        var data = Data(SubmitAction.MessageBack("Yes", new { answer = "yes" }, displayText: "Yes"));

        var teams = data.GetProperty("msteams");
        Assert.Equal("messageBack", teams.GetProperty("type").GetString());
        Assert.Equal("yes", teams.GetProperty("value").GetProperty("answer").GetString());
        Assert.Equal("Yes", teams.GetProperty("displayText").GetString());
    }

    [Fact]
    public void TaskFetch_DataWithOwnMsteams_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => TeamsActionData.TaskFetch(new JsonObject { ["msteams"] = 1 }));
    }

    [Fact]
    public void TaskFetch_StringData_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => TeamsActionData.TaskFetch("not an object"));
    }

    [Fact]
    public void WithSubmitFallback_ExecuteAction_FallsBackToSubmitWithVerbAndData()
    {
        var action = new ExecuteAction("Next", "criticism.next") { Data = new { step = 2 } }.WithSubmitFallback();

        var json = JsonSerializer.SerializeToElement<CardAction>(action, AdaptiveCardJson.Options);

        var fallback = json.GetProperty("fallback");
        Assert.Equal("Action.Submit", fallback.GetProperty("type").GetString());
        Assert.Equal("criticism.next", fallback.GetProperty("data").GetProperty("verb").GetString());
        Assert.Equal(2, fallback.GetProperty("data").GetProperty("data").GetProperty("step").GetInt32());
    }

    [Fact]
    public void Refresh_EmptyUserIds_IsWrittenToTurnAutomaticRefreshOff()
    {
        var card = new AdaptiveCard { Refresh = new CardRefresh(new ExecuteAction("Refresh", "refresh"), []) };

        var refresh = card.ToJson().GetProperty("refresh");

        Assert.Equal(0, refresh.GetProperty("userIds").GetArrayLength());
        Assert.Equal("Action.Execute", refresh.GetProperty("action").GetProperty("type").GetString());
    }

    [Fact]
    public void Refresh_MoreThanSixtyUsers_IsRejected()
    {
        var users = Enumerable.Range(0, 61).Select(i => $"29:{i}").ToList();

        Assert.Throws<ArgumentException>(() => new CardRefresh(new ExecuteAction("Refresh", "refresh"), users));
    }

    private static JsonElement Data(SubmitAction action) =>
        JsonSerializer.SerializeToElement<CardAction>(action, AdaptiveCardJson.Options).GetProperty("data");
}
