using System.Net;
using System.Text.Json;
using ModerationBot.BotFramework.Activities;
using ModerationBot.Testing.Activities;
using ModerationBot.Testing.Connector;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Messages;

/// <summary>The first things a person sees: the welcome card on install and on hjälp/help, in their language.</summary>
public sealed class WelcomeTests(ModerationBotFactory factory) : IClassFixture<ModerationBotFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("hjälp")]
    [InlineData("HJÄLP")]
    [InlineData("/hjälp")]
    [InlineData(" help ")]
    [InlineData("Help!")]
    public async Task Post_HelpInSwedishLocale_SendsSwedishWelcomeCard(string text)
    {
        var activity = TestActivities.PersonalMessage(text, factory.Connector.ServiceUrl, locale: "sv-SE").Isolated();

        var card = await SendAndGetCardAsync(activity);

        Assert.Equal("sv", card.GetProperty("lang").GetString());
        Assert.Equal("Hej! Jag är Moderationsstöd", card.GetProperty("body")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Post_HelpInEnglishLocale_SendsEnglishWelcomeCard()
    {
        var activity = TestActivities.PersonalMessage("help", factory.Connector.ServiceUrl, locale: "en-US").Isolated();

        var card = await SendAndGetCardAsync(activity);

        Assert.Equal("en", card.GetProperty("lang").GetString());
        Assert.StartsWith("Hi", card.GetProperty("body")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("1.5", card.GetProperty("version").GetString());
    }

    [Fact]
    public async Task Post_ChannelMentionWithHelp_RepliesInThreadWithWelcomeCard()
    {
        var activity = TestActivities.ChannelMessageWithMention("/hjälp", factory.Connector.ServiceUrl).Isolated();

        var card = await SendAndGetCardAsync(activity);

        Assert.Equal("sv", card.GetProperty("lang").GetString());
    }

    [Fact]
    public async Task Post_HelpButtonSubmit_SendsWelcomeCard()
    {
        var activity = TestActivities.PersonalMessage(string.Empty, factory.Connector.ServiceUrl).Isolated();
        activity.Text = null;
        activity.Value = JsonSerializer.SerializeToElement(new { command = "help" });

        await SendAndGetCardAsync(activity);
    }

    [Fact]
    public async Task Post_EmptyText_SendsLocalizedHintToTypeHelp()
    {
        var sv = TestActivities.PersonalMessage(" ", factory.Connector.ServiceUrl).Isolated();
        var en = TestActivities.PersonalMessage(" ", factory.Connector.ServiceUrl, locale: "en-GB").Isolated();

        await factory.PostAsync(sv, ct: Ct);
        await factory.PostAsync(en, ct: Ct);

        var svReply = Assert.Single(factory.Connector.RequestsFor(sv)).ReadActivity()!;
        var enReply = Assert.Single(factory.Connector.RequestsFor(en)).ReadActivity()!;
        Assert.Contains("hjälp", svReply.Text, StringComparison.Ordinal);
        Assert.Contains("help", enReply.Text, StringComparison.Ordinal);
        Assert.Null(svReply.Attachments);
    }

    [Theory]
    [InlineData("personal")]
    [InlineData("channel")]
    [InlineData("groupChat")]
    public async Task Post_BotAddedToConversation_SendsWelcomeCard(string conversationType)
    {
        var activity = TestActivities.ConversationUpdateBotAdded(factory.Connector.ServiceUrl, inTeam: conversationType == "channel");
        if (conversationType == "groupChat")
        {
            activity.Conversation = new ConversationAccount
            {
                Id = "19:meeting-free-group@thread.v2", ConversationType = "groupChat", IsGroup = true, TenantId = TestActivities.TenantId,
            };
        }

        await SendAndGetCardAsync(activity.Isolated());
    }

    [Fact]
    public async Task Post_InstallationUpdateAdd_SendsWelcomeCard()
    {
        var activity = TestActivities.InstallationUpdateAdd(factory.Connector.ServiceUrl).Isolated();

        await SendAndGetCardAsync(activity);
    }

    [Fact]
    public async Task Post_InstallAnnouncedTwice_WelcomesOnce()
    {
        var update = TestActivities.ConversationUpdateBotAdded(factory.Connector.ServiceUrl).Isolated();
        var install = TestActivities.InstallationUpdateAdd(factory.Connector.ServiceUrl);
        install.Conversation!.Id = update.Conversation!.Id;

        await Task.WhenAll(factory.PostAsync(update, ct: Ct), factory.PostAsync(install, ct: Ct));

        Assert.Single(factory.Connector.RequestsFor(update));
    }

    [Fact]
    public async Task Post_OtherMemberAdded_SendsNothing()
    {
        var activity = TestActivities.ConversationUpdateBotAdded(factory.Connector.ServiceUrl).Isolated();
        activity.MembersAdded = [new ChannelAccount { Id = "29:someone-else" }];

        var response = await factory.PostAsync(activity, ct: Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(factory.Connector.RequestsFor(activity));
    }

    private async Task<JsonElement> SendAndGetCardAsync(Activity activity)
    {
        var response = await factory.PostAsync(activity, ct: Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        RecordedRequest sent = Assert.Single(factory.Connector.RequestsFor(activity));
        Assert.Equal("POST", sent.Method);
        var card = sent.Card();
        Assert.NotNull(card);
        Assert.Equal("AdaptiveCard", card.Value.GetProperty("type").GetString());
        return card.Value;
    }
}
