using System.Net;
using System.Text.RegularExpressions;

namespace ModerationBot.BotFramework.Activities;

/// <summary>
/// Reads and removes @mentions. In channels and group chats Teams delivers a message only when it mentions the bot,
/// so the bot's own mention has to go before the text means anything.
/// </summary>
public static partial class ActivityMentions
{
    /// <summary>The entity type Teams uses for @mentions.</summary>
    public const string MentionEntityType = "mention";

    /// <summary>The mention entities of the activity, in order.</summary>
    public static IReadOnlyList<Entity> GetMentions(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Entities is null)
        {
            return [];
        }

        return activity.Entities
            .Where(e => string.Equals(e.Type, MentionEntityType, StringComparison.OrdinalIgnoreCase))
            .ToList();
    }

    /// <summary>
    /// Removes every mention of the recipient (the bot) from <see cref="Activity.Text"/>, decodes HTML entities
    /// such as <c>&amp;nbsp;</c> and trims the result. Returns the new text (also stored on the activity).
    /// </summary>
    public static string? RemoveRecipientMention(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Text is null)
        {
            return null;
        }

        var text = activity.Text;
        var botId = activity.Recipient?.Id;
        if (!string.IsNullOrEmpty(botId))
        {
            foreach (var mention in activity.GetMentions())
            {
                if (string.Equals(mention.Mentioned?.Id, botId, StringComparison.Ordinal) && !string.IsNullOrEmpty(mention.Text))
                {
                    text = text.Replace(mention.Text, string.Empty, StringComparison.Ordinal);
                }
            }

            text = RemoveAtTags(text, activity.Recipient?.Name);
        }

        activity.Text = NormalizeText(text);
        return activity.Text;
    }

    /// <summary>Decodes HTML entities, turns non-breaking spaces into spaces, collapses runs of spaces and trims.</summary>
    public static string NormalizeText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decoded = WebUtility.HtmlDecode(text).Replace('\u00A0', ' ');
        return MultipleSpaces().Replace(decoded, " ").Trim();
    }

    // Message payloads of invokes carry mentions as <at id="0">Name</at> without a matching entity text;
    // only the bot's own name is removed so that mentions of people stay readable.
    private static string RemoveAtTags(string text, string? botName)
    {
        if (string.IsNullOrEmpty(botName) || !text.Contains("<at", StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        return AtTag().Replace(text, match =>
        {
            var inner = WebUtility.HtmlDecode(match.Groups["name"].Value).Trim();
            return string.Equals(inner, botName, StringComparison.OrdinalIgnoreCase) ? string.Empty : match.Value;
        });
    }

    [GeneratedRegex("<at(?:\\s+id=\"[^\"]*\")?\\s*>(?<name>.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AtTag();

    [GeneratedRegex("[ \\t]{2,}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MultipleSpaces();
}
