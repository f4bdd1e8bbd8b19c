using System.Text.Json;
using ModerationBot.BotFramework.Cards;
using ModerationBot.Cards;
using ModerationBot.Localization;
using Xunit;

namespace ModerationBot.Tests.Cards;

/// <summary>Every card the bot can send (both languages, strict texts) plus the builder coverage card.</summary>
internal static class CardSamples
{
    public static IReadOnlyList<GalleryCard> All { get; } =
    [
        .. CardGallery.Build(new TextLocalizer(MissingTextPolicy.Throw)),
        new GalleryCard("builder-coverage", BotLanguage.English, BuilderCoverageCard.Build()),
    ];

    public static TheoryData<string> Names => [.. All.Select(FileName)];

    public static GalleryCard Get(string fileName) => All.Single(card => FileName(card) == fileName);

    public static string FileName(GalleryCard card) => $"{card.Name}.{card.Language}.json";

    public static string ToJson(AdaptiveCard card) =>
        JsonSerializer.Serialize(card.ToJson(), new JsonSerializerOptions { WriteIndented = true });
}
