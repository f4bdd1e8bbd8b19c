using ModerationBot.BotFramework.Activities;
using ModerationBot.Cards.Escalation;
using ModerationBot.Cases.Outbox;
using ModerationBot.Core.Cases;
using ModerationBot.Escalation.Routing;
using ModerationBot.Localization;
using ModerationBot.Testing.Activities;
using ModerationBot.Tests.Bot.Checking;
using ModerationBot.Tests.Dialogs.Criticism;

namespace ModerationBot.Tests.Escalation;

/// <summary>From a threat's check result to a stored case and the manager's queued card, through <c>/api/messages</c>.</summary>
public sealed class EscalationFlowTests(EscalationBotFactory factory) : IClassFixture<EscalationBotFactory>
{
    private const string Note = "Avsändaren har skrivit liknande förut, kommentaren är dold.";
    private const string Link = "https://www.facebook.com/kommunen/posts/123?comment_id=456";

    private static readonly BotTexts s_sv = new TextLocalizer(MissingTextPolicy.Throw).For("sv");
    private static readonly BotTexts s_en = new TextLocalizer(MissingTextPolicy.Throw).For("en");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Confirm_PossibleVeiledThreat_TheReviewOffersEscalationAndTheCaseSaysWhatItRestsOn()
    {
        const string comment = "Socialsekreteraren har en lång promenad till parkeringen efter jobbet.";
        var flow = EscalationFlow.Create(factory);
        flow.Route(EscalationFlow.ManagerRoute());
        var check = await flow.CheckAsync(comment);
        Assert.Contains("Kan vara ett dolt hot", CheckTurns.AllText(check), StringComparison.Ordinal);

        var preview = await flow.PreviewAsync(comment);
        await flow.ConfirmAsync(preview);

        var stored = await flow.Cases.FindAsync(EscalationFlow.DraftId(preview), Ct);
        Assert.NotNull(stored);
        Assert.Equal(CaseKind.Threat, stored.Kind);
        Assert.Equal(["possible_veiled_threat"], stored.Findings.Notes);
        var message = Assert.Single(await EscalationOutboxRows.ForCaseAsync(factory.Services, stored.Id, Ct));
        Assert.Contains("möjligt dolt hot, eskalerat av moderatorn", CheckTurns.AllText(CardOf(message.Activity)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_ThreatToManager_StoresTheCaseWithEvidenceAndQueuesTheManagersCard()
    {
        var flow = EscalationFlow.Create(factory);
        flow.Route(EscalationFlow.ManagerRoute());
        var preview = await flow.PreviewAsync(CheckTurns.ThreatWithIdentityNumber);

        var reply = EscalationFlow.Reply(await flow.ConfirmAsync(preview, "tiktok", Link, Note));

        var stored = await flow.Cases.FindAsync(EscalationFlow.DraftId(preview), Ct);
        Assert.NotNull(stored);
        Assert.Matches(@"^MOD-\d{4}-\d{4}$", stored.Number.ToString());
        Assert.Equal(s_sv.Format(TextKeys.EscalationSent, new Dictionary<string, object?>
        {
            ["number"] = stored.Number.ToString(),
            ["receiver"] = EscalationFlow.ManagerName,
        }), reply);
        Assert.Equal((CaseKind.Threat, CaseSeverity.High, CaseStatus.New), (stored.Kind, stored.Severity, stored.Status));
        Assert.Equal((EscalationFlow.ManagerId, "tiktok", Link), (stored.ResponsibleManagerId, stored.Platform, stored.Link));
        Assert.Equal([EscalationFlow.DeputyId], stored.DeputyIds);
        Assert.Equal((flow.Driver.UserId, flow.Driver.AadObjectId, "Moderator"), (stored.Reporter.TeamsUserId, stored.Reporter.AadObjectId, stored.Reporter.DisplayName));
        Assert.Contains("threat", stored.Findings.RuleIds);
        Assert.DoesNotContain(CheckTurns.Personnummer, stored.RedactedComment, StringComparison.Ordinal);
        Assert.StartsWith("Jag vet var du bor", stored.RedactedComment, StringComparison.Ordinal);

        var evidence = await flow.Cases.ReadEvidenceAsync(stored.Id, Ct);
        Assert.Equal((CheckTurns.ThreatWithIdentityNumber, Link, Note), (evidence!.Text, evidence.Link, evidence.Note));

        var message = Assert.Single(await EscalationOutboxRows.ForCaseAsync(factory.Services, stored.Id, Ct));
        Assert.Equal(OutboxTargetKind.User, message.Target.Kind);
        Assert.Equal((EscalationFlow.ManagerId, TestActivities.TenantId, EscalationFlow.ChannelId, factory.Connector.ServiceUrl),
            (message.Target.UserId, message.Target.TenantId, message.Target.FallbackConversationId, message.Target.ServiceUrl));
        Assert.Equal(("user:" + EscalationFlow.ManagerId, $"{stored.Number}/card/{EscalationFlow.ManagerId}"), (message.ConversationKey, message.CorrelationKey));
        var card = CardOf(message.Activity);
        Assert.Contains(stored.Number.ToString(), CheckTurns.AllText(card), StringComparison.Ordinal);
        Assert.Contains(Link, CheckTurns.AllText(card), StringComparison.Ordinal);
        Assert.DoesNotContain(Note, CheckTurns.AllText(card), StringComparison.Ordinal);
        Assert.DoesNotContain(CheckTurns.Personnummer, CheckTurns.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_ChannelRoute_QueuesTheCardInTheChannelAndMakesItsRespondersDeputies()
    {
        var flow = EscalationFlow.Create(factory);
        flow.Route(EscalationFlow.ChannelRoute());
        var preview = await flow.PreviewAsync(CheckTurns.ThreatWithIdentityNumber);

        var reply = EscalationFlow.Reply(await flow.ConfirmAsync(preview, platform: ""));

        var stored = (await flow.Cases.FindAsync(EscalationFlow.DraftId(preview), Ct))!;
        Assert.Contains(EscalationFlow.ChannelName, reply, StringComparison.Ordinal);
        Assert.Equal(EscalationRoute.ChannelResponsibleId(EscalationFlow.Channel), stored.ResponsibleManagerId);
        Assert.Equal(EscalationFlow.Channel.ResponderIds, stored.DeputyIds);
        Assert.Equal(("other", null), (stored.Platform, stored.Link));
        var message = Assert.Single(await EscalationOutboxRows.ForCaseAsync(factory.Services, stored.Id, Ct));
        Assert.Equal((OutboxTargetKind.Conversation, EscalationFlow.ChannelId), (message.Target.Kind, message.Target.ConversationId));
        Assert.Equal(EscalationFlow.ChannelId, message.ConversationKey);
        Assert.Equal($"{stored.Number}/card/{stored.ResponsibleManagerId}", message.CorrelationKey);
    }

    [Theory]
    [InlineData(EscalationRouteSource.GraphManager, "sv-SE")]
    [InlineData(EscalationRouteSource.RoutingTable, "sv-SE")]
    [InlineData(EscalationRouteSource.FallbackChannel, "sv-SE")]
    [InlineData(EscalationRouteSource.GraphManager, "en-US")]
    [InlineData(EscalationRouteSource.RoutingTable, "en-US")]
    [InlineData(EscalationRouteSource.FallbackChannel, "en-US")]
    public async Task Start_EachRouteSource_PreviewNamesTheReceiverAndWhyBeforeAnythingIsStored(EscalationRouteSource source, string locale)
    {
        var texts = locale.StartsWith("en", StringComparison.Ordinal) ? s_en : s_sv;
        var flow = EscalationFlow.Create(factory, locale);
        flow.Route(source == EscalationRouteSource.FallbackChannel ? EscalationFlow.ChannelRoute() : EscalationFlow.ManagerRoute(source));

        var preview = await flow.PreviewAsync(CheckTurns.ThreatWithIdentityNumber);

        var name = source == EscalationRouteSource.FallbackChannel ? EscalationFlow.ChannelName : EscalationFlow.ManagerName;
        var shown = CriticismCards.Texts(preview);
        Assert.Contains(texts.Format(TextKeys.EscalationPreviewReceiver, new Dictionary<string, object?> { ["name"] = name }), shown);
        Assert.Contains("(" + texts[EscalationPreviewCard.SourceKey(source)] + ")", shown);
        Assert.Contains(texts.Format(TextKeys.EscalationPreviewSeverity, texts[TextKeys.EscalationSeverityHigh]), shown);
        Assert.Equal(["platform", "link", "note"], CheckTurns.InputIds(preview));
        Assert.DoesNotContain(CheckTurns.Personnummer, CheckTurns.AllText(preview), StringComparison.Ordinal);
        Assert.Null(await flow.Cases.FindAsync(EscalationFlow.DraftId(preview), Ct));
    }

    [Fact]
    public async Task Confirm_English_RepliesInEnglishWithTheNumberAndReceiver()
    {
        var flow = EscalationFlow.Create(factory, "en-US");
        flow.Route(EscalationFlow.ManagerRoute(EscalationRouteSource.RoutingTable));
        var preview = await flow.PreviewAsync("I know where you live and I will kill you. My number is " + CheckTurns.Personnummer + ".");

        var reply = EscalationFlow.Reply(await flow.ConfirmAsync(preview, "x"));

        var stored = (await flow.Cases.FindAsync(EscalationFlow.DraftId(preview), Ct))!;
        Assert.Equal($"{stored.Number} sent to {EscalationFlow.ManagerName}; you will be told when it is acknowledged.", reply);
        Assert.Equal("x", stored.Platform);
    }

    [Fact]
    public async Task Confirm_ManagerChatsInEnglish_CardIsRenderedInEnglishAndSwedishOtherwise()
    {
        var manager = CriticismDriver.Create(factory, "en-US");
        await manager.SendAsync("help");
        var flow = EscalationFlow.Create(factory);
        flow.Route(new EscalationRoute(EscalationRouteSource.GraphManager, new EscalationReceiver(manager.AadObjectId, "Manager"), [], null));
        var toEnglish = await flow.PreviewAsync(CheckTurns.ThreatWithIdentityNumber);
        await flow.ConfirmAsync(toEnglish);
        flow.Route(EscalationFlow.ManagerRoute());
        var toSwedish = await flow.PreviewAsync(CheckTurns.ThreatWithIdentityNumber);
        await flow.ConfirmAsync(toSwedish);

        var english = Assert.Single(await EscalationOutboxRows.ForCaseAsync(factory.Services, EscalationFlow.DraftId(toEnglish), Ct));
        var swedish = Assert.Single(await EscalationOutboxRows.ForCaseAsync(factory.Services, EscalationFlow.DraftId(toSwedish), Ct));
        Assert.Equal(("en", manager.AadObjectId), (CardOf(english.Activity).GetProperty("lang").GetString(), english.Target.UserId));
        Assert.Null(english.Target.FallbackConversationId);
        Assert.Equal("sv", CardOf(swedish.Activity).GetProperty("lang").GetString());
    }

    private static System.Text.Json.JsonElement CardOf(Activity activity) =>
        System.Text.Json.JsonSerializer.SerializeToElement(Assert.Single(activity.Attachments!, a => a.ContentType == Attachment.AdaptiveCardContentType).Content);
}
