using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace ModerationBot.Tests.Analysis.AzureLanguage;

/// <summary>
/// A stand-in for the Azure AI Language <c>analyze-text</c> endpoint on loopback. It recognises the given words in
/// each posted document, answering offsets relative to that document as the real service does.
/// </summary>
internal sealed class FakeLanguageService : IDisposable
{
    private readonly List<(string Word, string Category, double Confidence)> _known = [];

    private readonly X509Certificate2? _certificate;

    private FakeLanguageService(bool https)
    {
        _certificate = https ? SelfSignedCertificate() : null;
        Server = WireMockServer.Start(new WireMockServerSettings
        {
            UseSSL = https,
            CertificateSettings = _certificate is null ? null : new WireMockCertificateSettings { X509Certificate = _certificate },
        });
    }

    public WireMockServer Server { get; }

    public string Url => Server.Url!;

    /// <summary>Document ids answered with an error entry instead of entities.</summary>
    public HashSet<string> RejectedDocumentIds { get; } = [];

    public IReadOnlyList<JsonNode> RequestBodies =>
        [.. Server.LogEntries.Select(e => JsonNode.Parse(e.RequestMessage.Body!)!)];

    public static FakeLanguageService Start(bool https = false)
    {
        var service = new FakeLanguageService(https);
        service.Server.Given(Request.Create().WithPath("/language/:analyze-text").UsingPost())
            .RespondWith(Response.Create().WithCallback(service.Answer));
        return service;
    }

    /// <summary>A server that answers every request with <paramref name="status"/>, after <paramref name="delay"/>.</summary>
    public static FakeLanguageService Failing(int status, TimeSpan delay = default)
    {
        var service = new FakeLanguageService(https: false);
        service.Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(status).WithDelay(delay > TimeSpan.Zero ? delay : TimeSpan.FromMilliseconds(1))
                .WithBody("{\"error\":{\"code\":\"Busy\"}}"));
        return service;
    }

    public FakeLanguageService Recognizing(string word, string category, double confidence = 0.95)
    {
        _known.Add((word, category, confidence));
        return this;
    }

    public void Dispose()
    {
        Server.Dispose();
        _certificate?.Dispose();
    }

    // Bearer tokens are only sent over TLS, so the Entra ID path needs an https server with its own certificate.
    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    private ResponseMessage Answer(IRequestMessage request)
    {
        var body = JsonNode.Parse(request.Body!)!;
        var documents = new JsonArray();
        var errors = new JsonArray();
        foreach (var document in body["analysisInput"]!["documents"]!.AsArray())
        {
            var id = document!["id"]!.GetValue<string>();
            if (RejectedDocumentIds.Contains(id))
            {
                errors.Add(new JsonObject { ["id"] = id, ["error"] = new JsonObject { ["code"] = "InvalidArgument", ["message"] = "Invalid document." } });
                continue;
            }

            documents.Add(new JsonObject { ["id"] = id, ["entities"] = Entities(document["text"]!.GetValue<string>()), ["warnings"] = new JsonArray() });
        }

        var answer = new JsonObject
        {
            ["kind"] = "PiiEntityRecognitionResults",
            ["results"] = new JsonObject { ["documents"] = documents, ["errors"] = errors, ["modelVersion"] = "2025-01-01" },
        };
        return new ResponseMessage
        {
            StatusCode = 200,
            Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
            BodyData = new BodyData { BodyAsString = answer.ToJsonString(), DetectedBodyType = BodyType.String },
        };
    }

    private JsonArray Entities(string text)
    {
        var entities = new JsonArray();
        foreach (var (word, category, confidence) in _known)
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                entities.Add(new JsonObject
                {
                    ["text"] = word, ["category"] = category, ["offset"] = at, ["length"] = word.Length, ["confidenceScore"] = confidence,
                });
            }
        }

        return entities;
    }
}
