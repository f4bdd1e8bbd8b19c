using ModerationBot.BotFramework.Cards;
using ModerationBot.Cards.Checking;
using ModerationBot.Localization;

namespace ModerationBot.Cards.EntryPoints;

/// <summary>Checking a comment: <c>granska</c>/<c>check</c> with the text, or the button that opens the dialog.</summary>
public sealed class CheckCommentEntryPoint : IEntryPoint
{
    public string Describe(BotTexts texts) =>
        texts.Format(TextKeys.EntryCheckDescription, texts[TextKeys.CommandCheck]);

    public CardAction CreateAction(BotTexts texts) => CheckPromptCard.OpenDialogAction(texts);
}
