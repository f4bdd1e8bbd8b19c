namespace ModerationBot.Core.Analysis.PersonalData.Scanning;

/// <summary>Reads the bank context ("bankgiro", "pg", "clearing", "kontonummer"…) from the nearest such word before a number.</summary>
internal static class BankContextReader
{
    private const int Reach = 28;

    private static readonly Lexicon BankgiroWords = Lexicon.IgnoreCase("bankgiro", "bankgironummer", "bankgirot", "bg");
    private static readonly Lexicon PlusgiroWords = Lexicon.IgnoreCase(
        "plusgiro", "plusgironummer", "plusgirot", "pg", "postgiro", "postgironummer");
    private static readonly Lexicon ClearingWords = Lexicon.IgnoreCase("clearing", "clearingnummer", "clearingnr", "clearingnumret");
    private static readonly Lexicon AccountWords = Lexicon.IgnoreCase(
        "konto", "kontonummer", "kontonr", "kontonumret", "bankkonto", "bankkontonummer", "bankkontot", "account", "acct");

    public static BankContext Before(string text, int index)
    {
        foreach (var word in new PrecedingWords(text, index, Reach))
        {
            var kind = BankgiroWords.Contains(word) ? BankContext.Bankgiro
                : PlusgiroWords.Contains(word) ? BankContext.Plusgiro
                : ClearingWords.Contains(word) ? BankContext.Clearing
                : AccountWords.Contains(word) ? BankContext.Account
                : BankContext.None;
            if (kind != BankContext.None)
            {
                return kind;
            }
        }

        return BankContext.None;
    }
}
