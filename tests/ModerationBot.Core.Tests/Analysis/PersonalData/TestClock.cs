using Microsoft.Extensions.Time.Testing;

namespace ModerationBot.Core.Tests.Analysis.PersonalData;

internal static class TestClock
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public static FakeTimeProvider Create()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        return clock;
    }
}
