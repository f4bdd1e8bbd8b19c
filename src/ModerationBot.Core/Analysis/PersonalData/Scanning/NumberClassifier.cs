using ModerationBot.Core.Analysis.PersonalData.Validators;

namespace ModerationBot.Core.Analysis.PersonalData.Scanning;

/// <summary>
/// Decides what one window of digit groups is. Every type that validates becomes a candidate, except phone numbers,
/// which are returned so the scanner can keep only the longest per start.
/// </summary>
internal static class NumberClassifier
{
    private const int IdentityContextReach = 30;
    private const int NotIpContextReach = 12;

    // Dotted quads after these words are versions or section numbers ("version 2.0.1.5", "avsnitt 3.2.1.4").
    private static readonly Lexicon NotIpWords = Lexicon.IgnoreCase(
        "version", "versionen", "ver", "v", "release", "build", "uppdatering", "avsnitt", "avsnittet", "kapitel", "punkt",
        "paragraf", "bilaga", "section", "chapter", "item", "clause");

    private static readonly Lexicon IdentityWords = Lexicon.IgnoreCase(
        "personnummer", "personnumret", "personnr", "pnr", "samordningsnummer", "samordningsnumret", "födelsenummer");

    public static bool Classify(ScanContext context, int start, int end, WindowShape shape, BankContext bank, bool checkPhone)
    {
        var window = context.Text.AsSpan(start, end - start);
        var digits = shape.Digits;
        var groups = shape.Groups;
        var phone = (checkPhone || groups == 1) && IsPhoneShaped(window, shape) && PhoneNumber.IsValid(window);
        if (digits is 10 or 12 && char.IsAsciiDigit(window[0]))
        {
            ClassifyIdentity(context, start, end, window, phone);
        }

        if (digits is >= 13 and <= 19 && (groups == 1 || shape.FirstGroupDigits == 4) && PaymentCard.IsValid(window))
        {
            context.Add(PersonalDataType.PaymentCard, start, end, Priority.PaymentCard);
        }

        if (groups == 4 && digits <= 12 && IpAddressValidator.IsIpv4(window)
            && !TextChars.HasKeywordBefore(context.Text, start, NotIpContextReach, NotIpWords))
        {
            context.Add(PersonalDataType.IpAddress, start, end, Priority.IpAddress);
        }

        if (IsBankNumber(window, digits, bank))
        {
            context.Add(PersonalDataType.BankAccount, start, end, Priority.BankAccount);
        }

        return phone;
    }

    // A cheap filter on length and leading group so that long digit runs are not parsed window by window.
    private static bool IsPhoneShaped(ReadOnlySpan<char> window, WindowShape shape) => window[0] switch
    {
        '+' => shape.Digits is >= 8 and <= 15,
        '(' => shape.Digits is >= 7 and <= 10,
        '0' when window.Length > 1 && window[1] == '0' => shape.Digits is >= 10 and <= 17,
        '0' => shape.Digits is >= 7 and <= 10
            && (shape.Groups == 1 || shape.FirstGroupDigits is 3 or 4 || (shape.FirstGroupDigits == 2 && window[1] == '8')),
        _ => false,
    };

    private static void ClassifyIdentity(ScanContext context, int start, int end, ReadOnlySpan<char> window, bool phone)
    {
        // An unseparated 07XXXXXXXX is far more often a mobile number than a child's personnummer.
        if (phone && window.Length == 10 && !TextChars.HasKeywordBefore(context.Text, start, IdentityContextReach, IdentityWords))
        {
            return;
        }

        switch (SwedishIdentityNumber.Validate(window, context.Today))
        {
            case IdentityNumberValidity.PersonalIdentityNumber:
                context.Add(PersonalDataType.PersonalIdentityNumber, start, end, Priority.IdentityNumber);
                break;
            case IdentityNumberValidity.CoordinationNumber:
                context.Add(PersonalDataType.CoordinationNumber, start, end, Priority.IdentityNumber);
                break;
            case IdentityNumberValidity.InvalidCheckDigit:
                context.AddNote(AnalysisNoteTypes.InvalidIdentityNumber, start, end);
                break;
        }
    }

    private static bool IsBankNumber(ReadOnlySpan<char> window, int digits, BankContext bank) => bank switch
    {
        BankContext.Bankgiro => Bankgiro.IsValid(window),
        BankContext.Plusgiro => Plusgiro.IsValid(window),
        BankContext.Clearing => digits is >= 4 and <= 16 && IsClearingLed(window),
        BankContext.Account => digits is >= 7 and <= 16 && IsAccountShaped(window),
        _ => false,
    };

    // A clearing number is four digits (Swedbank adds a fifth check digit), optionally followed by the account.
    private static bool IsClearingLed(ReadOnlySpan<char> window) =>
        window.Length >= 4 && window[0] is >= '1' and <= '9' && char.IsAsciiDigit(window[1])
        && char.IsAsciiDigit(window[2]) && char.IsAsciiDigit(window[3])
        && (window.Length == 4 || !char.IsAsciiDigit(window[4]) || window.Length == 5 || window[5] is ' ' or '-')
        && IsAccountShaped(window);

    private static bool IsAccountShaped(ReadOnlySpan<char> window)
    {
        foreach (var c in window)
        {
            if (!(char.IsAsciiDigit(c) || c is ' ' or '-' or '\u2013'))
            {
                return false;
            }
        }

        return true;
    }
}
