using ModerationBot.BotFramework.Activities;

namespace ModerationBot.BotFramework.Tests.Activities;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("<p>Hej &amp; välkommen</p>", "Hej & välkommen")]
    [InlineData("<div>rad ett<br>rad två<br/>rad tre</div>", "rad ett\nrad två\nrad tre")]
    [InlineData("<p>första</p><p>andra</p>", "första\nandra")]
    [InlineData("<p><at id=\"0\">Anna</at>&nbsp;se hit</p>", "Anna se hit")]
    [InlineData("Bra <img alt=\"😀\" src=\"https://x/emoji.png\"> jobbat", "Bra 😀 jobbat")]
    [InlineData("<p>a</p><p></p><p></p><p></p><p>b</p>", "a\n\nb")]
    [InlineData("&lt;script&gt; är text", "<script> är text")]
    [InlineData("ingen html alls", "ingen html alls")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void ToPlainText_TeamsHtml_ReturnsVisibleText(string? html, string expected)
    {
        Assert.Equal(expected, HtmlText.ToPlainText(html));
    }
}
