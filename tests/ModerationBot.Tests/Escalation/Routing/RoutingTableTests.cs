using ModerationBot.Core.Cases;
using ModerationBot.Escalation.Routing;
using ModerationBot.Escalation.Routing.Options;

namespace ModerationBot.Tests.Escalation.Routing;

/// <summary>The most specific routing table entry wins: channel, team, account, platform.</summary>
public sealed class RoutingTableTests
{
    private static readonly RoutingEntryOptions s_platform = Entry("platform", platform: "Facebook");
    private static readonly RoutingEntryOptions s_account = Entry("account", platform: "facebook", account: "Kommunen");
    private static readonly RoutingEntryOptions s_team = Entry("team", team: "19:team@thread.tacv2");
    private static readonly RoutingEntryOptions s_channel = Entry("channel", team: "19:team@thread.tacv2", channel: "19:kanal@thread.tacv2");

    // Listed least specific first, so a first-match table would pick the wrong one.
    private static readonly RoutingTable s_table = new([s_platform, s_account, s_team, s_channel]);

    [Theory]
    [InlineData("19:team@thread.tacv2", "19:kanal@thread.tacv2", "facebook", "Kommunen", "channel")]
    [InlineData("19:team@thread.tacv2", "19:annan@thread.tacv2", "facebook", "Kommunen", "team")]
    [InlineData(null, null, "FACEBOOK", "kommunen", "account")]
    [InlineData(null, null, "facebook", "Biblioteket", "platform")]
    [InlineData(null, null, "facebook", null, "platform")]
    [InlineData("19:annat-team@thread.tacv2", null, "instagram", "Kommunen", null)]
    [InlineData(null, null, null, "Kommunen", null)]
    public void Match_Request_PicksMostSpecificEntry(string? team, string? channel, string? platform, string? account, string? expected)
    {
        var request = new EscalationRouteRequest(CaseKind.Threat, "29:reporter", null, null, team, channel, platform, account);

        Assert.Equal(expected, s_table.Match(request)?.ManagerName);
    }

    [Fact]
    public void Match_ChannelEntryForOtherTeam_DoesNotMatch()
    {
        var table = new RoutingTable([Entry("elsewhere", team: "19:other@thread.tacv2", channel: "19:kanal@thread.tacv2")]);
        var request = new EscalationRouteRequest(CaseKind.Threat, "29:reporter", null, null, "19:team@thread.tacv2", "19:kanal@thread.tacv2");

        Assert.Null(table.Match(request));
    }

    [Fact]
    public void Match_TwoEqualEntries_FirstConfiguredWins()
    {
        var table = new RoutingTable([Entry("first", platform: "facebook"), Entry("second", platform: "facebook")]);
        var request = new EscalationRouteRequest(CaseKind.Threat, "29:reporter", null, null, Platform: "facebook");

        Assert.Equal("first", table.Match(request)?.ManagerName);
    }

    private static RoutingEntryOptions Entry(string name, string? team = null, string? channel = null, string? platform = null, string? account = null) => new()
    {
        TeamId = team,
        ChannelId = channel,
        Platform = platform,
        Account = account,
        ManagerId = Guid.NewGuid().ToString(),
        ManagerName = name,
    };
}
