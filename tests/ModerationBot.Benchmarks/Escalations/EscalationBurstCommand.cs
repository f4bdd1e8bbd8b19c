using ModerationBot.Benchmarks.Load;
using ModerationBot.Testing.Auth;
using FakeConnector = ModerationBot.Testing.Connector.FakeConnector;

namespace ModerationBot.Benchmarks.Escalations;

/// <summary>
/// <c>escalations</c>: the real host on loopback with JWT authentication, the outbox dispatcher and a routing table of
/// one channel per manager; moderators check threats and open the escalation preview, then all press Send at once.
/// Reports the time from each confirmation to its card's arrival at the fake connector, and checks that every card
/// arrived once, in order per chat, within Teams' rate limits.
/// </summary>
internal static class EscalationBurstCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        EscalationBurstOptions options;
        try
        {
            options = EscalationBurstOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }

        using var stop = new CancellationTokenSource(options.MaxDuration + TimeSpan.FromMinutes(1));
        Console.WriteLine($"machine: {MachineInfo.Describe()}");
        Console.WriteLine($"run: {options.Escalations} escalations to {options.Managers} managers in {options.Tenants} tenant(s), at most {options.MaxDuration.TotalSeconds:F0} s");
        await using var issuer = await BotFrameworkTokenIssuer.StartAsync(ct: stop.Token);
        await using var tokenEndpoint = await FakeTokenEndpoint.StartAsync(ct: stop.Token);
        await using var connector = await FakeConnector.StartAsync(ct: stop.Token);
        connector.StablePersonalChats = true;
        var settings = tokenEndpoint.Configure(issuer.BotConfiguration());
        foreach (var (key, value) in EscalationBurst.RoutingSettings(options.Managers))
        {
            settings[key] = value;
        }

        await using var host = new BenchmarkBotHost(settings, tokenEndpoint, FreePort.Next());
        host.Start();
        var burst = new EscalationBurst(options, host.MessagingEndpoint, issuer, connector);
        var result = await burst.RunAsync(stop.Token);
        result.Print(Console.Out);
        return result.Passed ? 0 : 1;
    }
}
