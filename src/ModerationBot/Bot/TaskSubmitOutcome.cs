using ModerationBot.BotFramework.Routing.Invokes;

namespace ModerationBot.Bot;

/// <summary>What a feature did with a submitted dialog: not its own, or handled with a response (null closes the dialog).</summary>
public sealed record TaskSubmitOutcome(bool Handled, TaskModuleResponse? Response)
{
    /// <summary>The dialog belongs to another feature.</summary>
    public static TaskSubmitOutcome NotMine { get; } = new(false, null);

    /// <summary>Handled; <paramref name="response"/> is the next step or message, null closes the dialog.</summary>
    public static TaskSubmitOutcome Done(TaskModuleResponse? response) => new(true, response);
}
