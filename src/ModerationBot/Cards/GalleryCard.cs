using ModerationBot.BotFramework.Cards;

namespace ModerationBot.Cards;

/// <summary>A card the bot can send, built with sample data in one language.</summary>
/// <param name="Name">Short name, e.g. <c>welcome</c>.</param>
/// <param name="Language">The language it was built in (<c>sv</c> or <c>en</c>).</param>
/// <param name="Card">The card.</param>
public sealed record GalleryCard(string Name, string Language, AdaptiveCard Card);
