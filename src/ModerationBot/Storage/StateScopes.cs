namespace ModerationBot.Storage;

/// <summary>The scopes of <see cref="IStateStore"/>; keys are chosen by the feature within its scope.</summary>
public static class StateScopes
{
    /// <summary>Per conversation; key: the conversation id.</summary>
    public const string Conversation = "conversation";

    /// <summary>Per user; key: the user's AAD object id (or user id).</summary>
    public const string User = "user";

    /// <summary>A dialog in progress; usually written with an expiry.</summary>
    public const string Dialog = "dialog";
}
