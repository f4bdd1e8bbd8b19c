using Microsoft.Extensions.Configuration;

namespace ModerationBot.BotFramework.Auth;

// The MicrosoftApp* keys live at the configuration root (as Azure and the Bot Framework name them), ours in a section.
internal static class BotFrameworkOptionsBinder
{
    public static void Bind(IConfiguration configuration, BotFrameworkOptions options)
    {
        options.MicrosoftAppId = Trimmed(configuration["MicrosoftAppId"]);
        options.MicrosoftAppPassword = Trimmed(configuration["MicrosoftAppPassword"]);
        options.MicrosoftAppTenantId = Trimmed(configuration["MicrosoftAppTenantId"]);
        var appType = Trimmed(configuration["MicrosoftAppType"]);
        if (appType is not null)
        {
            if (Enum.TryParse<MicrosoftAppType>(appType, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                options.MicrosoftAppType = parsed;
            }
            else
            {
                options.UnrecognizedAppType = appType;
            }
        }

        configuration.GetSection(BotFrameworkOptions.SectionName).Bind(options);
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
