using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModerationBot.Cards;
using ModerationBot.Cards.Escalation;
using ModerationBot.Cases;
using ModerationBot.Escalation.Routing;
using ModerationBot.Testing.Cards;
using ModerationBot.Testing.Connector;
using ModerationBot.Tests.Dialogs.Criticism;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Escalation;

/// <summary>One moderator in a personal chat going from a check result to a case, pressing buttons as Teams sends them.</summary>
internal sealed class EscalationFlow(EscalationBotFactory factory, CriticismDriver driver)
{
    public const string ManagerId = "8d2c6b1e-4f3a-4e59-9c7d-0a1b2c3d4e5f";
    public const string ManagerName = "Maria Chefsson";
    public const string DeputyId = "1f2e3d4c-5b6a-4789-8a9b-0c1d2e3f4a5b";
    public const string ChannelId = "19:escalations-channel@thread.tacv2";
    public const string ChannelName = "Säkerhet / Eskaleringar";

    public static readonly EscalationChannel Channel = new(ChannelId, ChannelName, ["29:responder-one", "29:responder-two"]);

    public CriticismDriver Driver => driver;

    public ICaseStore Cases => factory.Services.GetRequiredService<ICaseStore>();

    public static EscalationFlow Create(EscalationBotFactory factory, string locale = "sv-SE") => new(factory, CriticismDriver.Create(factory, locale));

    public static EscalationRoute ManagerRoute(EscalationRouteSource source = EscalationRouteSource.GraphManager) =>
        new(source, new EscalationReceiver(ManagerId, ManagerName), [new EscalationReceiver(DeputyId, "Sven Ställföreträdare")], Channel);

    public static EscalationRoute ChannelRoute() => new(EscalationRouteSource.FallbackChannel, null, [], Channel);

    public void Route(EscalationRoute route) => factory.Router.RouteFor(driver.UserId, route);

    /// <summary>Checks <paramref name="comment"/> with the chat command and returns the check result card.</summary>
    public Task<JsonElement> CheckAsync(string comment) => driver.StartAsync("granska " + comment);

    /// <summary>Checks the comment and presses its escalate button; returns what the bot answered.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> EscalateAsync(string comment) =>
        await driver.SendAsync(null, ButtonData(await CheckAsync(comment), CardCommands.EscalationStart));

    /// <summary>Checks, escalates and returns the preview card.</summary>
    public async Task<JsonElement> PreviewAsync(string comment) =>
        Assert.Single(await EscalateAsync(comment)).Card() ?? throw new Xunit.Sdk.XunitException("The bot sent no preview card.");

    /// <summary>Presses the preview's Send with the inputs filled in (Teams merges them into the button's data).</summary>
    /// <remarks>With <paramref name="previewActivityId"/> the press names the posted preview, as Teams does (replyToId).</remarks>
    public Task<IReadOnlyList<RecordedRequest>> ConfirmAsync(
        JsonElement preview, string platform = "facebook", string link = "", string note = "", string? previewActivityId = null) =>
        driver.SendAsync(null, CardButtons.WithInputs(ButtonData(preview, EscalationCommands.Confirm), new Dictionary<string, string>
        {
            [EscalationCommands.Platform] = platform,
            [EscalationCommands.Link] = link,
            [EscalationCommands.Note] = note,
        }), previewActivityId);

    public Task<IReadOnlyList<RecordedRequest>> CancelAsync(JsonElement preview, string? previewActivityId = null) =>
        driver.SendAsync(null, ButtonData(preview, EscalationCommands.Cancel), previewActivityId);

    /// <summary>The data of the card's submit button whose command is <paramref name="command"/>.</summary>
    public static JsonElement ButtonData(JsonElement card, string command) => CardButtons.SubmitData(card, CardCommands.DataKey, command);

    public static Guid DraftId(JsonElement card) =>
        Guid.Parse(ButtonData(card, EscalationCommands.Confirm).GetProperty(EscalationCommands.DraftId).GetString()!);

    /// <summary>The text of the only message the bot sent.</summary>
    public static string Reply(IReadOnlyList<RecordedRequest> sent) => Assert.Single(sent).ReadActivity()!.Text!;
}
