using ModerationBot.Core.Analysis;

namespace ModerationBot.Analysis.AzureLanguage;

/// <summary>
/// Azure AI Language PII categories mapped to the local types. Categories with no local counterpart (organisations,
/// ages, dates, passports, roles) are ignored: the policies do not ask for them to be removed.
/// </summary>
internal static class PiiCategoryMap
{
    private static readonly Dictionary<string, PersonalDataType> Map = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Person"] = PersonalDataType.PersonName,
        ["PhoneNumber"] = PersonalDataType.PhoneNumber,
        ["Email"] = PersonalDataType.Email,
        ["Address"] = PersonalDataType.StreetAddress,
        ["IPAddress"] = PersonalDataType.IpAddress,
        ["InternationalBankingAccountNumber"] = PersonalDataType.Iban,
        ["CreditCardNumber"] = PersonalDataType.PaymentCard,
        ["SENationalID"] = PersonalDataType.PersonalIdentityNumber,
        ["SENationalIdentificationNumber"] = PersonalDataType.PersonalIdentityNumber,
        ["SwedishNationalIdentificationNumber"] = PersonalDataType.PersonalIdentityNumber,
        ["SETaxIdentificationNumber"] = PersonalDataType.PersonalIdentityNumber,
    };

    public static bool TryMap(string category, out PersonalDataType type) => Map.TryGetValue(category, out type);
}
