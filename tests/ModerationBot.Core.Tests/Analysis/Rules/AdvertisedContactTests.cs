using Xunit;
using ModerationBot.Core.Analysis;

namespace ModerationBot.Core.Tests.Analysis.Rules;

/// <summary>
/// An advertiser ends with an order to call or visit followed by its own line or site; once the business's number is
/// not personal data, that order is what shows the comment is an advert.
/// </summary>
public sealed class AdvertisedContactTests
{
    [Theory]
    [InlineData("Trött på gropar i uppfarten? Grus & Asfalt Mitt AB lägger ny på en dag! Ring 08-410 222 33 eller kolla grusasfalt-mitt.se")]
    [InlineData("Vill du ha städning som blir gjord? Välj Glansfixarna! Ring 010-555 12 00 för en kostnadsfri offert.")]
    [InlineData("Gutters overflowing again? Smith Roofing Ltd sorts it in a day. Call 031-22 33 44 for a free quote!")]
    [InlineData("Looking for a tutor the school can't give you? Visit tutorhelp-now.com for a free consultation today.")]
    public void Analyze_OrderToCallTheAdvertiser_IsCommercial(string text) => RemovalAssert.Removed(text, RuleId.Commercial);

    [Theory]
    [InlineData("Ring 0771-25 25 25 om ni vill felanmäla gatlyset, de svarade snabbt för mig.")]
    [InlineData("Call 112 if you see anyone on the ice, the fire brigade is quick.")]
    [InlineData("Besök kommunen.se för att läsa hela beslutet om den kostnadsfria parkeringen.")]
    [InlineData("Ska jag ringa växeln eller mejla för en kostnadsfri offert på fasaden från kommunen?")]
    public void Analyze_AdviceOrQuestionAboutWhomToCall_IsNoAdvert(string text) => RemovalAssert.Answered(text);
}
