using System.ComponentModel.DataAnnotations;

namespace ModerationBot.Analysis.AzureLanguage;

/// <summary>
/// Configuration section <c>AzureLanguage</c>: the optional Azure AI Language PII detection. Off by default; checked
/// at startup only when enabled.
/// </summary>
public sealed class AzureLanguageOptions : IValidatableObject
{
    public const string SectionName = "AzureLanguage";

    /// <summary>Sends comments to Azure AI Language as well as analysing them locally.</summary>
    public bool Enabled { get; set; }

    /// <summary>The Language resource, e.g. <c>https://my-resource.cognitiveservices.azure.com</c>.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The resource key; when empty the bot signs in with Entra ID (managed identity or developer login).</summary>
    public string? Key { get; set; }

    /// <summary>The client id of a user-assigned managed identity; empty uses the default credential chain.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Time limit of one analysis call including retries; the local result is used when it passes.</summary>
    public double TimeoutSeconds { get; set; } = 3;

    /// <summary>Provider findings below this confidence (0.8–1) are dropped.</summary>
    public double MinimumConfidence { get; set; } = 0.8;

    /// <summary>The parsed endpoint; valid only after validation passed with <see cref="Enabled"/> set.</summary>
    internal Uri EndpointUri => new(Endpoint!, UriKind.Absolute);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Endpoint))
        {
            yield return new ValidationResult(
                "AzureLanguage:Endpoint is required when AzureLanguage:Enabled is true (e.g. https://my-resource.cognitiveservices.azure.com).",
                [nameof(Endpoint)]);
        }
        else if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
        {
            yield return new ValidationResult(
                "AzureLanguage:Endpoint must be an absolute https URL (http only for loopback).", [nameof(Endpoint)]);
        }

        if (TimeoutSeconds is not (>= 0.1 and <= 60))
        {
            yield return new ValidationResult("AzureLanguage:TimeoutSeconds must be between 0.1 and 60.", [nameof(TimeoutSeconds)]);
        }

        // The merge with local findings never accepts less than 0.8, so a lower setting would only mislead.
        if (MinimumConfidence is not (>= 0.8 and <= 1))
        {
            yield return new ValidationResult("AzureLanguage:MinimumConfidence must be between 0.8 and 1.", [nameof(MinimumConfidence)]);
        }

        if (!string.IsNullOrWhiteSpace(ManagedIdentityClientId) && !Guid.TryParse(ManagedIdentityClientId, out _))
        {
            yield return new ValidationResult("AzureLanguage:ManagedIdentityClientId must be a GUID.", [nameof(ManagedIdentityClientId)]);
        }
    }
}
