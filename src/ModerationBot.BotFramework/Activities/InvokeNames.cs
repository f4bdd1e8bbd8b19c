namespace ModerationBot.BotFramework.Activities;

/// <summary>Names of the invoke activities Teams sends and the bot answers in the HTTP response.</summary>
public static class InvokeNames
{
    public const string AdaptiveCardAction = "adaptiveCard/action";
    public const string TaskFetch = "task/fetch";
    public const string TaskSubmit = "task/submit";
    public const string ComposeExtensionFetchTask = "composeExtension/fetchTask";
    public const string ComposeExtensionSubmitAction = "composeExtension/submitAction";
}
