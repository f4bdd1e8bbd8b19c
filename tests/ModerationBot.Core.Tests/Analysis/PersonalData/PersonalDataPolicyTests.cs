using ModerationBot.Core.Analysis;
using ModerationBot.Core.Analysis.PersonalData;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.PersonalData;

public sealed class PersonalDataPolicyTests
{
    [Fact]
    public void For_EveryType_HasRuleSourceSectionAndBothLanguages()
    {
        foreach (var type in Enum.GetValues<PersonalDataType>())
        {
            var basis = PersonalDataPolicy.For(type);
            Assert.StartsWith("personal_data.", basis.RuleId);
            Assert.Equal("Uppsala kommun, Rutin: Arbeta med sociala medier (2022)", basis.Source);
            Assert.False(string.IsNullOrWhiteSpace(basis.Section));
            Assert.False(string.IsNullOrWhiteSpace(basis.Explanation.Sv));
            Assert.False(string.IsNullOrWhiteSpace(basis.Explanation.En));
            Assert.NotEqual(basis.Explanation.Sv, basis.Explanation.En);
        }
    }
}
