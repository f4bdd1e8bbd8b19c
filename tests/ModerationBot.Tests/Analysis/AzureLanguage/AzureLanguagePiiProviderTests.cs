using System.Net;
using Azure.Core.Pipeline;
using Microsoft.Extensions.Logging.Testing;
using ModerationBot.Analysis.AzureLanguage;
using ModerationBot.Core.Analysis;

namespace ModerationBot.Tests.Analysis.AzureLanguage;

/// <summary>The provider against a fake Azure AI Language service on loopback.</summary>
public sealed class AzureLanguagePiiProviderTests : IDisposable
{
    private const string Comment = "Hälsningar från Kjellbergs gata, fråga Ingrid Svanberg på kontoret.";
    private readonly FakeLanguageService _service = FakeLanguageService.Start();
    private readonly FakeLogger<AzureLanguagePiiProvider> _logger = new();

    public void Dispose() => _service.Dispose();

    [Fact]
    public async Task DetectAsync_WithKey_PostsPiiRequestWithKeyHeaderAndUtf16Offsets()
    {
        await CreateSut().DetectAsync(Comment, "sv", TestContext.Current.CancellationToken);

        var entry = Assert.Single(_service.Server.LogEntries).RequestMessage;
        Assert.Equal("/language/:analyze-text", entry.Path);
        Assert.Equal(AzureLanguagePiiProvider.ApiVersion, Assert.Single(entry.Query!["api-version"]));
        Assert.Equal("secret-key", Assert.Single(entry.Headers!["Ocp-Apim-Subscription-Key"]));
        Assert.False(entry.Headers.ContainsKey("Authorization"));
        var body = _service.RequestBodies[0];
        Assert.Equal("PiiEntityRecognition", body["kind"]!.GetValue<string>());
        Assert.Equal("Utf16CodeUnit", body["parameters"]!["stringIndexType"]!.GetValue<string>());
        var document = Assert.Single(body["analysisInput"]!["documents"]!.AsArray())!;
        Assert.Equal("sv", document["language"]!.GetValue<string>());
        Assert.Equal(Comment, document["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task DetectAsync_EnglishComment_SendsLanguageEn()
    {
        await CreateSut().DetectAsync("Ask Ingrid Svanberg at the office.", "en", TestContext.Current.CancellationToken);

        Assert.Equal("en", _service.RequestBodies[0]["analysisInput"]!["documents"]![0]!["language"]!.GetValue<string>());
    }

    [Fact]
    public async Task DetectAsync_KnownCategories_MapsTypesAndSpans()
    {
        _service.Recognizing("Ingrid Svanberg", "Person").Recognizing("Kjellbergs gata", "Address")
            .Recognizing("kontoret", "Organization");

        var findings = await CreateSut().DetectAsync(Comment, "sv", TestContext.Current.CancellationToken);

        Assert.Equal(2, findings.Count);
        var person = Assert.Single(findings, f => f.Type == PersonalDataType.PersonName);
        Assert.Equal("Ingrid Svanberg", Comment[person.Start..person.End]);
        Assert.Equal(0.95, person.Confidence);
        var address = Assert.Single(findings, f => f.Type == PersonalDataType.StreetAddress);
        Assert.Equal("Kjellbergs gata", Comment[address.Start..address.End]);
    }

    [Theory]
    [InlineData("SENationalID", PersonalDataType.PersonalIdentityNumber)]
    [InlineData("InternationalBankingAccountNumber", PersonalDataType.Iban)]
    [InlineData("CreditCardNumber", PersonalDataType.PaymentCard)]
    [InlineData("PhoneNumber", PersonalDataType.PhoneNumber)]
    [InlineData("Email", PersonalDataType.Email)]
    [InlineData("IPAddress", PersonalDataType.IpAddress)]
    public async Task DetectAsync_StructuredCategory_MapsToLocalType(string category, PersonalDataType expected)
    {
        _service.Recognizing("Svanberg", category);

        var findings = await CreateSut().DetectAsync(Comment, "sv", TestContext.Current.CancellationToken);

        Assert.Equal(expected, Assert.Single(findings).Type);
    }

    [Fact]
    public async Task DetectAsync_LowConfidence_IsDropped()
    {
        _service.Recognizing("Ingrid Svanberg", "Person", confidence: 0.5);

        Assert.Empty(await CreateSut().DetectAsync(Comment, "sv", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task DetectAsync_LongText_SendsBatchesOfFiveDocumentsAndMapsOffsetsBack()
    {
        _service.Recognizing("Ingrid Svanberg", "Person");
        var text = LongTextWithNames(out var nameStarts);

        var findings = await CreateSut().DetectAsync(text, "sv", TestContext.Current.CancellationToken);

        var bodies = _service.RequestBodies;
        var documents = bodies.SelectMany(b => b["analysisInput"]!["documents"]!.AsArray()).ToList();
        Assert.All(bodies, b => Assert.InRange(b["analysisInput"]!["documents"]!.AsArray().Count, 1, 5));
        Assert.All(documents, d => Assert.InRange(d!["text"]!.GetValue<string>().Length, 1, 5120));
        Assert.Equal(text, string.Concat(documents.Select(d => d!["text"]!.GetValue<string>())));
        Assert.True(bodies.Count >= 2, "a text of 30,000 characters needs more than one request");
        Assert.Equal(nameStarts, findings.Select(f => f.Start));
        Assert.All(findings, f => Assert.Equal("Ingrid Svanberg", text[f.Start..f.End]));
    }

    [Fact]
    public async Task DetectAsync_DocumentRejected_KeepsOtherDocumentsAndLogsCode()
    {
        _service.Recognizing("Ingrid Svanberg", "Person");
        _service.RejectedDocumentIds.Add("2");
        var text = LongTextWithNames(out var nameStarts);

        var findings = await CreateSut().DetectAsync(text, "sv", TestContext.Current.CancellationToken);

        Assert.NotEmpty(findings);
        Assert.True(findings.Count < nameStarts.Count);
        Assert.Contains(_logger.Collector.GetSnapshot(), r => r.Message.Contains("InvalidArgument", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(429)]
    [InlineData(503)]
    public async Task DetectAsync_ServiceFails_ThrowsAfterThreeAttempts(int status)
    {
        using var failing = FakeLanguageService.Failing(status);

        var error = await Assert.ThrowsAsync<HttpRequestException>(
            () => CreateSut(failing.Url).DetectAsync(Comment, "sv", TestContext.Current.CancellationToken));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(3, failing.Server.LogEntries.Count());
        Assert.DoesNotContain("Svanberg", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DetectAsync_BadRequest_IsNotRetried()
    {
        using var failing = FakeLanguageService.Failing(400);

        await Assert.ThrowsAsync<HttpRequestException>(() => CreateSut(failing.Url).DetectAsync(Comment, "sv", TestContext.Current.CancellationToken));

        Assert.Single(failing.Server.LogEntries);
    }

    [Fact]
    public async Task DetectAsync_WithoutKey_SendsEntraTokenForCognitiveServicesScope()
    {
        using var https = FakeLanguageService.Start(https: true);
        https.Recognizing("Ingrid Svanberg", "Person");
        var credential = new FakeTokenCredential();
        var options = Options(https.Url, key: "");
#pragma warning disable CA5400, CA5359 // The fake server on loopback has a self-signed certificate.
        using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator };
#pragma warning restore CA5400, CA5359
        var sut = new AzureLanguagePiiProvider(options, _logger, TimeProvider.System, credential, new HttpClientTransport(handler));

        var findings = await sut.DetectAsync(Comment, "sv", TestContext.Current.CancellationToken);

        Assert.Single(findings);
        Assert.Equal(["https://cognitiveservices.azure.com/.default"], credential.Scopes.Distinct());
        var headers = Assert.Single(https.Server.LogEntries).RequestMessage.Headers!;
        Assert.Equal("Bearer " + FakeTokenCredential.Token, Assert.Single(headers["Authorization"]));
        Assert.False(headers.ContainsKey("Ocp-Apim-Subscription-Key"));
    }

    [Fact]
    public async Task DetectAsync_AnyOutcome_LogsNoTextOrEntity()
    {
        _service.Recognizing("Ingrid Svanberg", "Person");
        _service.RejectedDocumentIds.Add("2");
        using var failing = FakeLanguageService.Failing(500);
        var text = LongTextWithNames(out _);

        await CreateSut().DetectAsync(text, "sv", TestContext.Current.CancellationToken);
        await Assert.ThrowsAsync<HttpRequestException>(() => CreateSut(failing.Url).DetectAsync(Comment, "sv", TestContext.Current.CancellationToken));

        var records = _logger.Collector.GetSnapshot();
        Assert.NotEmpty(records);
        Assert.All(records, r =>
        {
            var line = r.Message + " " + string.Join(" ", r.StructuredState?.Select(kv => kv.Value) ?? []) + r.Exception;
            Assert.DoesNotContain("Svanberg", line, StringComparison.Ordinal);
            Assert.DoesNotContain("Kjellberg", line, StringComparison.Ordinal);
            Assert.DoesNotContain("gatan", line, StringComparison.Ordinal);
        });
    }

    internal static AzureLanguageOptions Options(string endpoint, string key = "secret-key") => new()
    {
        Enabled = true, Endpoint = endpoint, Key = key, TimeoutSeconds = 20,
    };

    // About 30,000 characters of ordinary sentences with the name in several of the 5,120-character documents.
    internal static string LongTextWithNames(out List<int> nameStarts)
    {
        var text = new System.Text.StringBuilder();
        nameStarts = [];
        for (var i = 0; text.Length < 30_000; i++)
        {
            if (i % 40 == 7)
            {
                text.Append("Vi pratade med ");
                nameStarts.Add(text.Length);
                text.Append("Ingrid Svanberg om saken. ");
            }

            text.Append("Snöröjningen på gatan vid skolan har inte fungerat den här veckan. ");
        }

        return text.ToString();
    }

    private AzureLanguagePiiProvider CreateSut(string? endpoint = null) =>
        new(Options(endpoint ?? _service.Url), _logger, TimeProvider.System);
}
