using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace ModerationBot.Tests.TestSupport;

/// <summary>
/// The test server has no sockets, so requests have no remote address; this sets one (loopback unless the
/// request names another in a header) before anything else runs.
/// </summary>
public sealed class RemoteAddressStartupFilter(string headerName) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            var header = context.Request.Headers[headerName].ToString();
            context.Connection.RemoteIpAddress = header.Length > 0 ? IPAddress.Parse(header) : IPAddress.Loopback;
            return nextMiddleware(context);
        });
        next(app);
    };
}
