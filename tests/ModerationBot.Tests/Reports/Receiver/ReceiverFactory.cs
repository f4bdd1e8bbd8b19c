using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Reports.Receiver;

/// <summary>The host with an HR case officer, a general case admin and a fake clock the test moves.</summary>
public sealed class ReceiverFactory : ModerationBotFactory
{
    public const string HrOfficerId = "29:hr-officer";
    public const string CaseAdminId = "29:moderation-case-admin";
    public const int EvidenceRetentionDays = 30;

    // Starts at the real time (whole seconds, as the database keeps milliseconds): the host checks token lifetimes on
    // this clock, and the driver signs each request for the clock's now.
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    protected override TimeProvider TokenClock => Clock;

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraConfiguration() =>
    [
        new("Reports:HrCaseAdminIds:0", HrOfficerId),
        new("Cases:CaseAdminIds:0", CaseAdminId),
        new("Cases:EvidenceRetentionDays", EvidenceRetentionDays.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}
