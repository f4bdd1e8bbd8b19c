using ModerationBot.Core.Analysis;
using ModerationBot.Core.Analysis.External;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.External;

public sealed class PersonalDataMergerTests
{
    private static readonly PolicyBasis Basis = new("personal_data", "s", "x", new LocalizedText("sv", "en"));

    [Fact]
    public void Merge_OverlappingExternalSpan_KeepsLocalFinding()
    {
        var local = new[] { new PersonalDataFinding(PersonalDataType.PhoneNumber, 10, 23, Basis) };
        var external = new[] { new ExternalPersonalDataFinding(PersonalDataType.PersonName, 8, 15, 0.99) };

        var merged = PersonalDataMerger.Merge(local, external, 40, _ => Basis);

        Assert.Equal(local, merged);
    }

    [Fact]
    public void Merge_ExternalValidatedType_IsIgnored()
    {
        var external = new[] { new ExternalPersonalDataFinding(PersonalDataType.PersonalIdentityNumber, 0, 11, 0.99) };

        Assert.Empty(PersonalDataMerger.Merge([], external, 40, _ => Basis));
    }

    [Fact]
    public void Merge_ConfidentExternalName_IsAddedSortedByStart()
    {
        var local = new[] { new PersonalDataFinding(PersonalDataType.Email, 20, 30, Basis) };
        var external = new[]
        {
            new ExternalPersonalDataFinding(PersonalDataType.PersonName, 0, 5, 0.95),
            new ExternalPersonalDataFinding(PersonalDataType.StreetAddress, 32, 39, 0.4),
            new ExternalPersonalDataFinding(PersonalDataType.PersonName, 35, 60, 0.99),
        };

        var merged = PersonalDataMerger.Merge(local, external, 40, _ => Basis);

        Assert.Equal([(PersonalDataType.PersonName, 0), (PersonalDataType.Email, 20)], merged.Select(m => (m.Type, m.Start)));
    }
}
