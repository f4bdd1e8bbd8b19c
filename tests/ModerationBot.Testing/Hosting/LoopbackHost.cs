using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ModerationBot.Testing.Hosting;

/// <summary>Starts a tiny Kestrel app on 127.0.0.1 with a free port; tests never reach beyond loopback.</summary>
public static class LoopbackHost
{
    /// <summary>Starts an app whose routes <paramref name="map"/> adds; with a certificate it serves https.</summary>
    public static async Task<WebApplication> StartAsync(Action<WebApplication> map, X509Certificate2? certificate = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(map);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        var app = builder.Build();
        map(app);
        await app.StartAsync(ct).ConfigureAwait(false);
        return app;
    }

    /// <summary>The base address the app listens on, without trailing slash, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public static string BaseAddress(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return addresses.First().TrimEnd('/');
    }
}
