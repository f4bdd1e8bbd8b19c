using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ModerationBot.Analysis.AzureLanguage;

/// <summary>Adds the resource key header to every attempt; reads the key each time so a rotated key applies at once.</summary>
internal sealed class SubscriptionKeyPolicy(AzureKeyCredential credential, string header) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        base.OnSendingRequest(message);
        message.Request.Headers.SetValue(header, credential.Key);
    }
}
