using Azure.Core;

namespace ModerationBot.Analysis.AzureLanguage;

/// <summary>Pipeline options: few, short retries, since the analysis waits for the answer.</summary>
internal sealed class AzureLanguageClientOptions : ClientOptions
{
    public AzureLanguageClientOptions(TimeSpan timeout)
    {
        Retry.Mode = RetryMode.Exponential;
        Retry.MaxRetries = 2;
        Retry.Delay = TimeSpan.FromMilliseconds(200);
        Retry.MaxDelay = TimeSpan.FromSeconds(1);
        Retry.NetworkTimeout = timeout;
        Diagnostics.IsLoggingContentEnabled = false;
        Diagnostics.ApplicationId = "ModerationBot";
    }
}
