namespace ModerationBot.Core.Analysis.PersonalData.Scanning;

/// <summary>Overlap resolution order: checksum-validated types beat pattern-only types, which beat names.</summary>
internal static class Priority
{
    public const int Iban = 105;
    public const int IdentityNumber = 100;
    public const int PaymentCard = 100;
    public const int Email = 90;
    public const int BankAccount = 85;
    public const int IpAddress = 80;
    public const int Phone = 70;
    public const int LicensePlate = 60;
    public const int StreetAddress = 50;
    public const int PersonName = 40;
}
