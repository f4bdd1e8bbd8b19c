using ModerationBot.Core.Analysis.PersonalData.Names;
using ModerationBot.Core.Analysis.PersonalData.Scanning;

namespace ModerationBot.Core.Analysis.PersonalData;

/// <summary>
/// Offline detector for personal data in comments: identity and coordination numbers, phone numbers, e-mail, street
/// addresses, IBAN, bank and giro numbers, payment cards, plates, IP addresses and person names. Structured types are
/// validated (check digits, dates, lengths); look-alikes such as organisation numbers, case numbers, dates and amounts
/// are not reported. Linear in the text length; thread-safe.
/// </summary>
public sealed class PersonalDataDetector : IPersonalDataDetector
{
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates a detector that uses the system clock to tell the century of ten-digit identity numbers.</summary>
    public PersonalDataDetector()
        : this(TimeProvider.System)
    {
    }

    /// <summary>Creates a detector whose notion of today (for identity number centuries) comes from <paramref name="timeProvider"/>.</summary>
    public PersonalDataDetector(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
    }

    /// <inheritdoc />
    public PersonalDataScan Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var today = DateOnly.FromDateTime(_timeProvider.GetLocalNow().DateTime);
        var context = new ScanContext(text, today);
        NumberScanner.Scan(context);
        IbanScanner.Scan(context);
        EmailScanner.Scan(context);
        Ipv6Scanner.Scan(context);
        PlateScanner.Scan(context);
        AddressScanner.Scan(context);
        NameScanner.Scan(context);
        return OverlapResolver.Resolve(context);
    }
}
