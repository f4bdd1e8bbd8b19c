using System.Net;
using System.Net.Sockets;

namespace ModerationBot.Core.Analysis.PersonalData.Validators;

/// <summary>Strict IPv4 (four decimal octets 0–255, no leading zeros) and IPv6 validation.</summary>
public static class IpAddressValidator
{
    /// <summary>True for dotted-quad IPv4 such as <c>192.168.1.10</c>.</summary>
    public static bool IsIpv4(ReadOnlySpan<char> text)
    {
        var octets = 0;
        var value = 0;
        var length = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '.')
            {
                if (length == 0 || value > 255 || (length > 1 && text[i - length] == '0'))
                {
                    return false;
                }

                octets++;
                value = 0;
                length = 0;
                continue;
            }

            if (!char.IsAsciiDigit(text[i]) || ++length > 3)
            {
                return false;
            }

            value = value * 10 + (text[i] - '0');
        }

        return octets == 4;
    }

    /// <summary>True for an IPv6 address in any standard notation (with at least two colons and one hex digit).</summary>
    public static bool IsIpv6(ReadOnlySpan<char> text)
    {
        if (text.Length is < 3 or > 45 || text.Count(':') < 2 || text.IndexOfAnyExcept(':') < 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiHexDigit(c) || c is ':' or '.'))
            {
                return false;
            }
        }

        return IPAddress.TryParse(text, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6;
    }
}
