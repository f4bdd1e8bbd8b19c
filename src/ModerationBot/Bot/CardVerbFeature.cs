using System.Text.Json;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Cards;
using ModerationBot.BotFramework.Routing;
using ModerationBot.BotFramework.Routing.Invokes;
using ModerationBot.Localization;

namespace ModerationBot.Bot;

/// <summary>
/// A feature whose cards act through <c>Action.Execute</c> verbs: the answer replaces the card for the person who
/// pressed; clients without Universal Actions send the <c>Action.Submit</c> fallback (<c>{ verb, data, inputs }</c>)
/// as a message, and get the answer as a new card in the chat.
/// </summary>
public abstract class CardVerbFeature(ITextLocalizer localizer) : BotFeature
{
    /// <summary>The verbs this feature owns.</summary>
    protected abstract IReadOnlySet<string> Verbs { get; }

    /// <summary>The card to answer <paramref name="verb"/> with; <paramref name="data"/> holds the action's data and inputs.</summary>
    protected abstract Task<AdaptiveCard> HandleAsync(Activity activity, string verb, JsonElement? data, BotTexts texts, CancellationToken ct);

    public sealed override async Task<AdaptiveCardInvokeResponse?> TryHandleCardActionAsync(ITurnContext turnContext, AdaptiveCardInvokeValue value, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Action?.Verb is not { } verb || !Verbs.Contains(verb))
        {
            return null;
        }

        var card = await HandleAsync(turnContext.Activity, verb, value.Action.Data, localizer.For(turnContext.Locale), ct).ConfigureAwait(false);
        return AdaptiveCardInvokeResponse.Card(card.ToJson());
    }

    public override async Task<bool> TryHandleMessageAsync(ITurnContext turnContext, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity.Value is not { ValueKind: JsonValueKind.Object } payload
            || !payload.TryGetProperty("verb", out var verbProperty)
            || verbProperty.ValueKind != JsonValueKind.String
            || verbProperty.GetString() is not { } verb
            || !Verbs.Contains(verb))
        {
            return false;
        }

        var card = await HandleAsync(turnContext.Activity, verb, payload, localizer.For(turnContext.Locale), ct).ConfigureAwait(false);
        await turnContext.SendAttachmentAsync(ActivityFactory.AdaptiveCardAttachment(card.ToJson()), ct).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// The string <paramref name="name"/> in a card action's data: at the top (<c>Action.Execute</c> merges the inputs
    /// into the data) or under <c>data</c> (the <c>Action.Submit</c> fallback nests it); null when missing.
    /// </summary>
    public static string? FindValue(JsonElement? data, string name)
    {
        if (data is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        if (value.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String)
        {
            return property.GetString();
        }

        return value.TryGetProperty("data", out var nested) ? FindValue(nested, name) : null;
    }
}
