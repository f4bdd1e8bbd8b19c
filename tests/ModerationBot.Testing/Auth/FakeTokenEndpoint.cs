using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ModerationBot.Testing.Hosting;

namespace ModerationBot.Testing.Auth;

/// <summary>
/// Entra ID's client-credentials token endpoint on loopback over https (MSAL refuses plain http), with a
/// self-signed certificate that only <see cref="CreateTrustingHandler"/> accepts. Point <c>BotFramework:AuthorityHost</c>
/// at <see cref="AuthorityHost"/> and give MSAL's named HttpClient that handler.
/// </summary>
public sealed class FakeTokenEndpoint : IAsyncDisposable
{
    private readonly X509Certificate2 _certificate;
    private readonly TimeSpan _tokenLifetime;
    private readonly ConcurrentQueue<TokenRequest> _requests = new();
    private WebApplication? _app;

    private FakeTokenEndpoint(X509Certificate2 certificate, TimeSpan tokenLifetime)
    {
        _certificate = certificate;
        _tokenLifetime = tokenLifetime;
    }

    /// <summary>The authority host, e.g. <c>https://127.0.0.1:PORT</c>.</summary>
    public string AuthorityHost => LoopbackHost.BaseAddress(_app ?? throw new InvalidOperationException("Endpoint not started."));

    /// <summary>Token requests received so far.</summary>
    public IReadOnlyList<TokenRequest> Requests => [.. _requests];

    /// <summary>Starts the endpoint; issued tokens say they live for <paramref name="tokenLifetime"/> (1 h default).</summary>
    public static async Task<FakeTokenEndpoint> StartAsync(TimeSpan? tokenLifetime = null, CancellationToken ct = default)
    {
        var endpoint = new FakeTokenEndpoint(CreateCertificate(), tokenLifetime ?? TimeSpan.FromHours(1));
        endpoint._app = await LoopbackHost.StartAsync(app => app.MapPost("/{tenant}/oauth2/v2.0/token", endpoint.IssueAsync), endpoint._certificate, ct)
            .ConfigureAwait(false);
        return endpoint;
    }

    /// <summary>Points <c>BotFramework:AuthorityHost</c> in <paramref name="settings"/> at this endpoint.</summary>
    public IDictionary<string, string?> Configure(IDictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings["BotFramework:AuthorityHost"] = AuthorityHost;
        return settings;
    }

    /// <summary>A handler that trusts exactly this endpoint's certificate.</summary>
    public HttpMessageHandler CreateTrustingHandler()
    {
        var thumbprint = _certificate.GetCertHashString(HashAlgorithmName.SHA256);
        return new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                    certificate is X509Certificate2 presented && presented.GetCertHashString(HashAlgorithmName.SHA256) == thumbprint,
            },
        };
    }

    private async Task<IResult> IssueAsync(string tenant, HttpRequest request)
    {
        var form = await request.ReadFormAsync().ConfigureAwait(false);
        var recorded = new TokenRequest(tenant, form["grant_type"].ToString(), form["client_id"].ToString(), form["scope"].ToString(),
            !string.IsNullOrEmpty(form["client_secret"].ToString()));
        _requests.Enqueue(recorded);
        if (recorded.GrantType != "client_credentials" || !recorded.HasClientSecret)
        {
            return Results.Json(new Dictionary<string, object> { ["error"] = "invalid_request" }, statusCode: 400);
        }

        return Results.Json(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)_tokenLifetime.TotalSeconds,
            ["ext_expires_in"] = (int)_tokenLifetime.TotalSeconds,
            ["access_token"] = "fake-access-token-" + _requests.Count.ToString(CultureInfo.InvariantCulture),
        });
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Re-import so Kestrel gets a certificate whose private key SslStream can use on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }

        _certificate.Dispose();
    }
}
