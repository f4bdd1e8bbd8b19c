namespace ModerationBot.Core.Analysis.External;

/// <summary>
/// Combines local and external personal data findings. Local findings always stay. An external finding is added
/// only when it overlaps no local finding, its span fits the text and its confidence reaches the minimum; locally
/// validated types (checksums, formats) are never taken from outside, since the local validators are stricter.
/// </summary>
public static class PersonalDataMerger
{
    private static readonly HashSet<PersonalDataType> LocallyValidated =
    [
        PersonalDataType.PersonalIdentityNumber, PersonalDataType.CoordinationNumber, PersonalDataType.PhoneNumber,
        PersonalDataType.Email, PersonalDataType.Iban, PersonalDataType.BankAccount, PersonalDataType.PaymentCard,
        PersonalDataType.LicensePlate, PersonalDataType.IpAddress,
    ];

    /// <summary>Merges the lists; the result is sorted by start and has no overlapping spans.</summary>
    public static IReadOnlyList<PersonalDataFinding> Merge(
        IReadOnlyList<PersonalDataFinding> local,
        IReadOnlyList<ExternalPersonalDataFinding> external,
        int textLength,
        Func<PersonalDataType, PolicyBasis> basisFor,
        double minimumConfidence = 0.8)
    {
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(external);
        ArgumentNullException.ThrowIfNull(basisFor);
        var merged = new List<PersonalDataFinding>(local);
        foreach (var candidate in external.OrderByDescending(e => e.End - e.Start))
        {
            if (LocallyValidated.Contains(candidate.Type) || candidate.Confidence < minimumConfidence
                || candidate.Start < 0 || candidate.End > textLength || candidate.End <= candidate.Start
                || merged.Exists(m => m.Start < candidate.End && candidate.Start < m.End))
            {
                continue;
            }

            merged.Add(new PersonalDataFinding(candidate.Type, candidate.Start, candidate.End, basisFor(candidate.Type)));
        }

        merged.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return merged;
    }
}
