using System.Text.Json;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Tests.TestSupport;

namespace ModerationBot.BotFramework.Tests.Activities;

public sealed class TeamsChannelDataReaderTests
{
    [Fact]
    public void GetTeamsChannelData_ChannelMessage_ReadsTenantTeamChannelAndSource()
    {
        var data = TeamsPayloads.Parse(TeamsPayloads.ChannelMessage).GetTeamsChannelData();

        Assert.Equal("72f988bf-0000-4000-8000-000000000002", data.TenantId);
        Assert.Equal(new TeamsTeamInfo("19:team0001@thread.tacv2", "Kommunikation", "0a0b0c0d-0000-4000-8000-000000000003"), data.Team);
        Assert.Equal(new TeamsChannelInfo("19:a1b2c3d4e5f6@thread.tacv2", "Inlägg"), data.Channel);
        Assert.Equal("message", data.SourceName);
    }

    [Fact]
    public void GetTeamsChannelData_InstallInTeam_ReadsEventTypeAndSelectedChannel()
    {
        var activity = WithChannelData("""
            { "eventType": "teamMemberAdded", "settings": { "selectedChannel": { "id": "19:general@thread.tacv2" } },
              "team": { "id": "19:team0001@thread.tacv2" }, "tenant": { "id": "t-1" } }
            """);

        var data = activity.GetTeamsChannelData();

        Assert.Equal("teamMemberAdded", data.EventType);
        Assert.Equal("19:general@thread.tacv2", data.SelectedChannelId);
        Assert.Equal("19:team0001@thread.tacv2", data.Team?.Id);
        Assert.Null(data.Team?.Name);
        Assert.Null(data.Channel);
    }

    [Fact]
    public void GetTeamsChannelData_NoChannelData_ReturnsEmpty()
    {
        var data = TeamsPayloads.Personal(ActivityTypes.Message).GetTeamsChannelData();

        Assert.Equal(TeamsChannelData.Empty, data);
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("\"text\"")]
    [InlineData("""{ "tenant": "not-an-object", "team": [ ], "eventType": 5, "settings": { "selectedChannel": 1 } }""")]
    public void GetTeamsChannelData_UnexpectedShapes_ReadsAsMissing(string channelData)
    {
        var data = WithChannelData(channelData).GetTeamsChannelData();

        Assert.Equal(TeamsChannelData.Empty, data);
    }

    private static Activity WithChannelData(string json)
    {
        var activity = TeamsPayloads.Personal(ActivityTypes.ConversationUpdate);
        activity.ChannelData = JsonDocument.Parse(json).RootElement.Clone();
        return activity;
    }
}
