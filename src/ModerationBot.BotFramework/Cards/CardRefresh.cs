using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Cards;

/// <summary>
/// How Teams refreshes a card: it invokes <see cref="Action"/> for the users in <see cref="UserIds"/>
/// when they view the card.
/// </summary>
public sealed class CardRefresh
{
    /// <summary>At most this many users can be refreshed automatically.</summary>
    public const int MaxUserIds = 60;

    /// <summary>Creates a refresh definition.</summary>
    public CardRefresh(ExecuteAction action, IReadOnlyList<string>? userIds = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (userIds is { Count: > MaxUserIds })
        {
            throw new ArgumentException($"Teams refreshes at most {MaxUserIds} users automatically.", nameof(userIds));
        }

        Action = action;
        UserIds = userIds;
    }

    [JsonIgnore]
    public ExecuteAction Action { get; }

    // Written through the base type so the serializer emits the "type": "Action.Execute" discriminator.
    [JsonInclude]
    [JsonPropertyName("action")]
    private CardAction SerializedAction => Action;

    /// <summary>Teams user ids (<c>29:…</c>); an empty list turns automatic refresh off, null refreshes everyone in small chats.</summary>
    public IReadOnlyList<string>? UserIds { get; }
}
