using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.Extensions.Logging;
using ModerationBot.Core.Analysis.External;

namespace ModerationBot.Analysis.AzureLanguage;

/// <summary>
/// Personal data detection by Azure AI Language (<c>PiiEntityRecognition</c> over REST). Long comments are sent as
/// several documents of at most 5,120 characters, five to a request, and the offsets mapped back. A failed request
/// throws, so the caller keeps its local result; documents the service rejects are skipped. Logs carry counts,
/// status codes and latency only.
/// </summary>
public sealed class AzureLanguagePiiProvider : IExternalPersonalDataProvider
{
    /// <summary>The <c>analyze-text</c> API version used.</summary>
    public const string ApiVersion = "2024-11-01";

    internal const int MaxDocumentLength = 5120;
    internal const int MaxDocumentsPerRequest = 5;

    private readonly HttpPipeline _pipeline;
    private readonly Uri _analyzeUri;
    private readonly double _minimumConfidence;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    /// <summary>
    /// Creates the provider; <paramref name="credential"/>, when given, replaces the configured Entra ID credential.
    /// </summary>
    public AzureLanguagePiiProvider(
        AzureLanguageOptions options,
        ILogger<AzureLanguagePiiProvider> logger,
        TimeProvider time,
        TokenCredential? credential = null,
        HttpPipelineTransport? transport = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(time);
        _pipeline = AzureLanguagePipeline.Create(options, credential, transport);
        _analyzeUri = new Uri(options.EndpointUri, "language/:analyze-text?api-version=" + ApiVersion);
        _minimumConfidence = options.MinimumConfidence;
        _logger = logger;
        _time = time;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ExternalPersonalDataFinding>> DetectAsync(string text, string language, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        var chunks = TextChunker.Split(text, MaxDocumentLength);
        var findings = new List<ExternalPersonalDataFinding>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return findings;
        }

        for (var first = 0; first < chunks.Count; first += MaxDocumentsPerRequest)
        {
            var batch = chunks.GetRange(first, Math.Min(MaxDocumentsPerRequest, chunks.Count - first));
            var response = await SendAsync(text, batch, first, language, ct).ConfigureAwait(false);
            Collect(response, chunks, findings);
        }

        return findings;
    }

    private async Task<PiiResponse> SendAsync(string text, List<TextChunk> batch, int first, string language, CancellationToken ct)
    {
        using var message = _pipeline.CreateMessage();
        message.Request.Method = RequestMethod.Post;
        message.Request.Uri.Reset(_analyzeUri);
        message.Request.Headers.Add(HttpHeader.Names.ContentType, "application/json");
        message.Request.Content = RequestContent.Create(PiiRequestWriter.Write(text, batch, first, language));
        var started = _time.GetTimestamp();
        try
        {
            await _pipeline.SendAsync(message, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.AzureLanguageUnreachable(_logger, e.GetType().Name, _time.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }

        var status = message.Response.Status;
        var elapsed = _time.GetElapsedTime(started).TotalMilliseconds;
        if (message.Response.IsError)
        {
            Log.AzureLanguageFailed(_logger, status, batch.Count, elapsed);
            throw new HttpRequestException($"Azure AI Language answered {status}.", null, (System.Net.HttpStatusCode)status);
        }

        var response = PiiResponseReader.Read(message.Response.Content);
        Log.AzureLanguageAnswered(_logger, status, batch.Count, response.Entities.Count, response.ErrorCodes.Count, elapsed);
        if (response.ErrorCodes.Count > 0)
        {
            Log.AzureLanguageDocumentsRejected(_logger, response.ErrorCodes.Count, string.Join(',', response.ErrorCodes.Distinct()));
        }

        return response;
    }

    private void Collect(PiiResponse response, List<TextChunk> chunks, List<ExternalPersonalDataFinding> findings)
    {
        foreach (var entity in response.Entities)
        {
            if (!PiiCategoryMap.TryMap(entity.Category, out var type) || entity.Confidence < _minimumConfidence
                || !int.TryParse(entity.DocumentId, out var id) || id < 1 || id > chunks.Count)
            {
                continue;
            }

            var chunk = chunks[id - 1];
            if (entity.Offset < 0 || entity.Length <= 0 || entity.Offset + entity.Length > chunk.Length)
            {
                continue;
            }

            var start = chunk.Start + entity.Offset;
            findings.Add(new ExternalPersonalDataFinding(type, start, start + entity.Length, entity.Confidence));
        }
    }
}
