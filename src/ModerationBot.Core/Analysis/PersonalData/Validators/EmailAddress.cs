namespace ModerationBot.Core.Analysis.PersonalData.Validators;

/// <summary>
/// A pragmatic subset of RFC 5322 addresses as people write them: a dot-atom local part (letters, including
/// non-ASCII ones, digits and <c>._%+-'</c>) and a domain of at least two labels with an alphabetic top-level label.
/// </summary>
public static class EmailAddress
{
    /// <summary>Longest local part allowed by RFC 5321.</summary>
    public const int MaxLocalLength = 64;

    /// <summary>Longest domain allowed by RFC 1035.</summary>
    public const int MaxDomainLength = 253;

    /// <summary>True when <paramref name="text"/> is exactly one address.</summary>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        var at = text.IndexOf('@');
        return at > 0 && IsValidLocal(text[..at]) && IsValidDomain(text[(at + 1)..]);
    }

    /// <summary>True for a character allowed in the local part.</summary>
    public static bool IsLocalChar(char c) => char.IsLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-' or '\'';

    /// <summary>True for a character allowed in the domain.</summary>
    public static bool IsDomainChar(char c) => char.IsLetterOrDigit(c) || c is '.' or '-';

    private static bool IsValidLocal(ReadOnlySpan<char> local)
    {
        if (local.Length > MaxLocalLength || local[0] == '.' || local[^1] == '.' || local.IndexOf("..") >= 0)
        {
            return false;
        }

        foreach (var c in local)
        {
            if (!IsLocalChar(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsValidDomain(ReadOnlySpan<char> domain)
    {
        if (domain.Length is < 4 or > MaxDomainLength)
        {
            return false;
        }

        var labels = 0;
        foreach (var range in domain.Split('.'))
        {
            var label = domain[range];
            if (label.IsEmpty || label.Length > 63 || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            foreach (var c in label)
            {
                if (!IsDomainChar(c))
                {
                    return false;
                }
            }

            labels++;
        }

        var tld = domain[(domain.LastIndexOf('.') + 1)..];
        if (labels < 2 || tld.Length < 2)
        {
            return false;
        }

        foreach (var c in tld)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
