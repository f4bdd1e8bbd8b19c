using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ModerationBot.Escalation.Routing;
using ModerationBot.Tests.TestSupport;

namespace ModerationBot.Tests.Reports;

/// <summary>The host with a stub router and the employer's contacts configured.</summary>
public sealed class ReportsFactory : ModerationBotFactory
{
    public const string SecurityName = "Säkerhetsenheten Norr";
    public const string SecurityPhone = "010-555 12 12";
    public const string HrContactName = "HR-servicecenter";
    public const string HealthServiceName = "Företagshälsan Väst";
    public const string SafetyRepresentative = "Skyddsombud Kim";

    internal StubEscalationRouter Router { get; } = new();

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraConfiguration() => new Dictionary<string, string?>
    {
        ["Reports:SecurityContact:Name"] = SecurityName,
        ["Reports:SecurityContact:Phone"] = SecurityPhone,
        ["Reports:HrContact:Name"] = HrContactName,
        ["Reports:HrContact:Email"] = "hr@kommun.example.se",
        ["Reports:Support:0:Name"] = HealthServiceName,
        ["Reports:Support:0:Phone"] = "010-222 33 44",
        ["Reports:Support:1:Name"] = SafetyRepresentative,
        ["Reports:Support:1:Email"] = "skyddsombud@kommun.example.se",
        ["Reports:DraftRetentionDays"] = "30",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IEscalationRouter>(Router));
    }
}
