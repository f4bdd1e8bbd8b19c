using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;

namespace ModerationBot.Analysis.AzureLanguage;

/// <summary>Builds the Azure.Core pipeline: bounded retries, and a resource key or an Entra ID token.</summary>
internal static class AzureLanguagePipeline
{
    public const string KeyHeader = "Ocp-Apim-Subscription-Key";
    public const string Scope = "https://cognitiveservices.azure.com/.default";

    /// <summary>
    /// The key from <paramref name="options"/> when set; otherwise <paramref name="credential"/>, or a managed identity
    /// or the default credential chain.
    /// </summary>
    public static HttpPipeline Create(AzureLanguageOptions options, TokenCredential? credential, HttpPipelineTransport? transport)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientOptions = new AzureLanguageClientOptions(TimeSpan.FromSeconds(options.TimeoutSeconds));
        if (transport is not null)
        {
            clientOptions.Transport = transport;
        }

        HttpPipelinePolicy authentication = string.IsNullOrWhiteSpace(options.Key)
            ? new BearerTokenAuthenticationPolicy(credential ?? CreateCredential(options), Scope)
            : new SubscriptionKeyPolicy(new AzureKeyCredential(options.Key), KeyHeader);
        return HttpPipelineBuilder.Build(clientOptions, authentication);
    }

    private static TokenCredential CreateCredential(AzureLanguageOptions options) =>
        string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
}
