using ModerationBot.Cards;
using ModerationBot.Localization;
using Xunit;

namespace ModerationBot.Tests.Cards;

public sealed class CardGalleryTests
{
    [Fact]
    public void Build_EveryCard_ExistsInSwedishAndEnglish()
    {
        var gallery = CardGallery.Build(new TextLocalizer(MissingTextPolicy.Throw));

        foreach (var name in gallery.Select(card => card.Name).Distinct())
        {
            Assert.Equal(["en", "sv"], gallery.Where(card => card.Name == name).Select(card => card.Language).Order());
        }
    }

    [Fact]
    public void Build_Always_IncludesTheWelcomeCard()
    {
        var gallery = CardGallery.Build(new TextLocalizer(MissingTextPolicy.Throw));

        Assert.Contains(gallery, card => card.Name == "welcome");
    }
}
