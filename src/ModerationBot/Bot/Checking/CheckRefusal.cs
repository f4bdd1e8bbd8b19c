using ModerationBot.Cards.Checking;
using ModerationBot.Localization;

namespace ModerationBot.Bot.Checking;

/// <summary>Why a comment is not checked as it stands, in words for the moderator; null when it can be.</summary>
internal static class CheckRefusal
{
    public static string? For(string comment, BotTexts texts)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            return texts[TextKeys.CheckDialogCommentRequired];
        }

        return comment.Length > CheckDialogInputs.MaxCommentLength
            ? texts.Format(TextKeys.CheckDialogCommentTooLong, CheckDialogInputs.MaxCommentLength.ToString("N0", texts.Culture))
            : null;
    }

    public static string? ForLink(string? link, BotTexts texts) =>
        link is null
        || (link.Length <= CheckDialogInputs.MaxLinkLength
            && Uri.TryCreate(link, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            ? null
            : texts[TextKeys.CheckDialogLinkInvalid];
}
