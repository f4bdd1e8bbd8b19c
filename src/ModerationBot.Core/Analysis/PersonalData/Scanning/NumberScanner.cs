using ModerationBot.Core.Analysis.PersonalData.Validators;

namespace ModerationBot.Core.Analysis.PersonalData.Scanning;

/// <summary>
/// Finds numeric personal data. A token is a run of digit groups joined by short separator runs (space, dash, dot,
/// slash, plus, brackets); every window of up to <see cref="MaxWindowGroups"/> consecutive groups and
/// <see cref="MaxWindowDigits"/> digits that starts and ends on a clean boundary is classified by
/// <see cref="NumberClassifier"/>. Windows are bounded, so the scan is linear in the text length.
/// </summary>
internal static class NumberScanner
{
    public const int MaxWindowDigits = 19;
    public const int MaxWindowGroups = 7;
    private const int MaxSeparatorRun = 3;
    private const int TokenContextReach = 24;
    private const int SwitchboardReach = 24;

    private static readonly Lexicon SwitchboardWords = Lexicon.FromResource("switchboard-words.txt", StringComparer.OrdinalIgnoreCase);

    private static readonly Lexicon SwitchboardConnectors = Lexicon.IgnoreCase(
        "på", "har", "är", "nr", "nummer", "numret", "telefon", "tel", "via", "on", "is", "at", "number");

    private static readonly Lexicon CallVerbs = Lexicon.IgnoreCase("ring", "ringa", "call", "phone", "kontakta", "contact");

    private static readonly Lexicon CalledVerbs = Lexicon.IgnoreCase("ringde", "ringt", "called", "rang", "phoned");

    public static void Scan(ScanContext context)
    {
        var text = context.Text;
        var groups = new List<(int Start, int End)>();
        var i = 0;
        while (i < text.Length)
        {
            var found = text.AsSpan(i).IndexOfAnyInRange('0', '9');
            if (found < 0)
            {
                return;
            }

            groups.Clear();
            i = ReadToken(text, i + found, groups);
            ClassifyWindows(context, groups);
        }
    }

    private static int ReadToken(string text, int start, List<(int Start, int End)> groups)
    {
        var i = start;
        while (true)
        {
            var groupStart = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            groups.Add((groupStart, i));
            var next = i;
            while (next < text.Length && next - i < MaxSeparatorRun && IsSeparator(text[next]))
            {
                next++;
            }

            if (next == i || next >= text.Length || !char.IsAsciiDigit(text[next]))
            {
                return i;
            }

            i = next;
        }
    }

    private static void ClassifyWindows(ScanContext context, List<(int Start, int End)> groups)
    {
        var text = context.Text;
        var last = groups.Count - 1;

        // Digits glued to letters ("SE45 5000…", "ABC123 45") belong to a code, not to a number of their own.
        if (groups[0].Start > 0 && char.IsLetter(text[groups[0].Start - 1]))
        {
            return;
        }

        var tokenContext = BankContext.Unknown;
        var lastPhone = (Start: -1, End: -1);
        for (var first = 0; first <= last; first++)
        {
            if (first > 0 && !HasSpaceBetween(text, groups[first - 1].End, groups[first].Start))
            {
                continue;
            }

            var start = groups[first].Start;
            // Keep a leading "+" (country code) or an area code in brackets, "(08) 123 45 67".
            var bracketedArea = start > 0 && text[start - 1] == '(' && groups[first].End < text.Length && text[groups[first].End] == ')';
            if (start > 0 && (text[start - 1] == '+' || bracketedArea))
            {
                start--;
            }

            if (TextChars.IsGlue(text, start - 1))
            {
                continue;
            }

            var digits = 0;
            var bank = BankContext.Unknown;
            var phoneEnd = -1;
            var checkPhone = start >= lastPhone.End || CanOutgrow(text, groups, first, start, lastPhone);
            for (var end = first; end <= last && end - first < MaxWindowGroups; end++)
            {
                digits += groups[end].End - groups[end].Start;
                if (digits > MaxWindowDigits)
                {
                    break;
                }

                var stop = groups[end].End;
                var cleanEnd = end == last ? !TextChars.IsGlue(text, stop) : HasSpaceBetween(text, stop, groups[end + 1].Start);
                if (cleanEnd && (end < last || !IsFollowedByUnit(text, stop)))
                {
                    if (bank == BankContext.Unknown)
                    {
                        bank = ReadBankContext(text, groups[0].Start, start, ref tokenContext);
                    }

                    var shape = new WindowShape(digits, end - first + 1, groups[first].End - groups[first].Start);
                    if (NumberClassifier.Classify(context, start, stop, shape, bank, checkPhone))
                    {
                        phoneEnd = stop;
                    }
                }
            }

            if (phoneEnd > 0 && !IsDominated(lastPhone, start, phoneEnd) && !IsOrganisationLine(text, start, phoneEnd))
            {
                context.Add(PersonalDataType.PhoneNumber, start, phoneEnd, Priority.Phone);
                lastPhone = (start, phoneEnd);
            }
        }
    }

    // A start inside the last phone can only produce a phone that survives if it can be longer than that one;
    // otherwise the window-by-window phone parsing is skipped.
    private static bool CanOutgrow(string text, List<(int Start, int End)> groups, int first, int start, (int Start, int End) previous)
    {
        var maxDigits = text[start] == '+' || text.AsSpan(start).StartsWith("00") ? 17 : 10;
        var digits = 0;
        var reach = start;
        for (var g = first; g < groups.Count && g - first < MaxWindowGroups; g++)
        {
            digits += groups[g].End - groups[g].Start;
            if (digits > maxDigits)
            {
                break;
            }

            reach = groups[g].End;
        }

        return reach - start > previous.End - previous.Start;
    }

    // In "08 08 08 08 …" every start yields a phone; one that overlaps an earlier, at least as long phone could only
    // lose to it, so it is not added at all. This keeps runs of short digit groups linear in candidates too.
    private static bool IsDominated((int Start, int End) previous, int start, int end) =>
        start < previous.End && previous.End - previous.Start >= end - start;

    // Windows inside a token share the words before the token, so long digit runs cost one look-back, not one per group.
    private static BankContext ReadBankContext(string text, int tokenStart, int windowStart, ref BankContext tokenContext)
    {
        if (tokenContext == BankContext.Unknown)
        {
            tokenContext = BankContextReader.Before(text, tokenStart);
        }

        return windowStart - tokenStart <= TokenContextReach ? tokenContext : BankContext.None;
    }

    private static bool IsSeparator(char c) =>
        c is ' ' or '-' or '\u2013' or '.' or '/' or '+' or '(' or ')' or '\u00A0';

    private static bool HasSpaceBetween(string text, int from, int to) =>
        text.AsSpan(from, to - from).ContainsAny(' ', '\u00A0');

    // "12 500 kr", "45 %" are amounts and shares, never identifiers. Only the token's end can precede a unit,
    // since a unit word or sign ends the token.
    private static bool IsFollowedByUnit(string text, int index)
    {
        var rest = text.AsSpan(index, Math.Min(8, text.Length - index)).TrimStart(' ');
        return rest.StartsWith("kr", StringComparison.OrdinalIgnoreCase) || rest.StartsWith(":-")
            || rest.StartsWith("sek", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("%")
            || rest.StartsWith("€") || rest.StartsWith("$") || rest.StartsWith("procent", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("percent", StringComparison.OrdinalIgnoreCase);
    }

    // Service numbers and numbers announced as a switchboard or contact centre belong to organisations. The
    // announcing word must be the nearest one apart from connectors ("växeln på 08-…", "kontaktcenter har 018-…"), so
    // "ring växeln eller Anna på 08-…" keeps Anna's number; a mobile is always someone's own. A landline to call in a
    // comment that has named a company by its legal form ("Nordic Asfalt AB … Call 08-…") is the company's line, and a
    // round landline the writer says they called ("jag ringde 0643-150 00") is the switchboard they were put through.
    private static bool IsOrganisationLine(string text, int start, int end)
    {
        var number = text.AsSpan(start, end - start);
        if (PhoneNumberKind.IsServiceNumber(number))
        {
            return true;
        }

        if (PhoneNumberKind.IsMobile(number))
        {
            return false;
        }

        foreach (var word in new PrecedingWords(text, start, SwitchboardReach))
        {
            if (!SwitchboardConnectors.Contains(word))
            {
                return SwitchboardWords.Contains(word) || (CallVerbs.Contains(word) && CompanyForm.NamedBefore(text, start))
                    || (CalledVerbs.Contains(word) && EndsInRoundGroup(text, end));
            }
        }

        return false;
    }

    // Switchboards end on a group of zeros of its own ("150 00", "727 00 00"); a private line written so is rare.
    private static bool EndsInRoundGroup(string text, int end) =>
        end >= 3 && text[end - 1] == '0' && text[end - 2] == '0' && !char.IsAsciiDigit(text[end - 3]);
}
