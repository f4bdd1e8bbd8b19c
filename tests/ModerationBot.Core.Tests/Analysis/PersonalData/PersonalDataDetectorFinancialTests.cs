using Xunit;
using ModerationBot.Core.Analysis;
using static ModerationBot.Core.Tests.Analysis.PersonalData.DetectorAssert;

namespace ModerationBot.Core.Tests.Analysis.PersonalData;

public sealed class PersonalDataDetectorFinancialTests
{
    [Theory]
    [InlineData("Sätt in på SE45 5000 0000 0583 9825 7466 tack", "SE45 5000 0000 0583 9825 7466")]
    [InlineData("IBAN: DE89370400440532013000.", "DE89370400440532013000")]
    public void Scan_Iban_FindsIban(string text, string iban) => Single(text, PersonalDataType.Iban, iban);

    [Fact]
    public void Scan_IbanWithWrongCheck_FindsNothing() => Nothing("Konto SE45 5000 0000 0583 9825 7467 gäller inte");

    [Theory]
    [InlineData("Mitt kort 4111 1111 1111 1111 drogs två gånger!", "4111 1111 1111 1111")]
    [InlineData("Card 5555-5555-5555-4444 was charged twice", "5555-5555-5555-4444")]
    public void Scan_PaymentCard_FindsCard(string text, string card) => Single(text, PersonalDataType.PaymentCard, card);

    [Fact]
    public void Scan_CardNumberWithWrongCheckDigit_FindsNothing() => Nothing("Kortet 4111 1111 1111 1112 funkar inte");

    [Fact]
    public void Scan_BankgiroWithContext_FindsBankAccount() =>
        Single("Skänk en slant till bankgiro 5050-1055!", PersonalDataType.BankAccount, "5050-1055");

    [Fact]
    public void Scan_PlusgiroWithContext_FindsBankAccount()
    {
        var number = TestNumbers.WithCheckDigit("900122");
        var written = $"{number[..2]} {number[2..4]} {number[4..6]}-{number[6]}";
        Single($"Insamlingen har pg {written}.", PersonalDataType.BankAccount, written);
    }

    [Fact]
    public void Scan_ClearingAndAccount_FindsBoth() =>
        Assert.Equal(
            [(PersonalDataType.BankAccount, "8327-9"), (PersonalDataType.BankAccount, "123 456 789-0")],
            Found("Swisha inte, använd clearing 8327-9, konto 123 456 789-0."));

    [Fact]
    public void Scan_AccountNumberWithClearingInOneRun_FindsBankAccount() =>
        Single("Mitt kontonummer 1234-5 123 456 789 om ni ska betala tillbaka", PersonalDataType.BankAccount, "1234-5 123 456 789");

    [Fact]
    public void Scan_GiroShapedNumberWithoutContext_FindsNothing() => Nothing("Vi har ärende 5050-1055 på gång.");
}
