using ModerationBot.Core.Analysis.PersonalData.Validators;

namespace ModerationBot.Core.Analysis.PersonalData.Scanning;

/// <summary>Finds IPv6 addresses: maximal runs of hex digits, colons and dots around a colon, validated as a whole.</summary>
internal static class Ipv6Scanner
{
    private const int MaxLength = 45;

    public static void Scan(ScanContext context)
    {
        var text = context.Text;
        var colon = text.IndexOf(':');
        while (colon >= 0)
        {
            var start = colon;
            while (start > 0 && colon - start < MaxLength && IsRunChar(text[start - 1]))
            {
                start--;
            }

            var end = colon;
            while (end < text.Length && IsRunChar(text[end]))
            {
                end++;
            }

            while (end > colon && text[end - 1] == '.')
            {
                end--;
            }

            if (end - start <= MaxLength && !TextChars.IsGlue(text, start - 1) && !TextChars.IsGlue(text, end)
                && IpAddressValidator.IsIpv6(text.AsSpan(start, end - start)))
            {
                context.Add(PersonalDataType.IpAddress, start, end, Priority.IpAddress);
            }

            colon = end + 1 < text.Length ? text.IndexOf(':', end + 1) : -1;
        }
    }

    private static bool IsRunChar(char c) => char.IsAsciiHexDigit(c) || c is ':' or '.';
}
