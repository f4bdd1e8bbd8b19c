namespace ModerationBot.Core.Analysis;

/// <summary>Kinds of personal data; serialised in snake_case (e.g. <c>personal_identity_number</c>).</summary>
public enum PersonalDataType
{
    PersonalIdentityNumber,
    CoordinationNumber,
    PhoneNumber,
    Email,
    StreetAddress,
    Iban,
    BankAccount,
    PaymentCard,
    LicensePlate,
    IpAddress,
    PersonName,
}
