namespace ModerationBot.BotFramework.Cards;

/// <summary>A checkbox (<c>Input.Toggle</c>).</summary>
public sealed class ToggleInput : CardInput
{
    /// <summary>Creates a checkbox with the text beside it.</summary>
    public ToggleInput(string id, string title) : base(id)
    {
        ArgumentNullException.ThrowIfNull(title);
        Title = title;
    }

    public string Title { get; }

    /// <summary>Initial value; must equal <see cref="ValueOn"/> or <see cref="ValueOff"/>.</summary>
    public string? Value { get; set; }

    /// <summary>Value sent when checked (the client's default is "true").</summary>
    public string? ValueOn { get; set; }

    /// <summary>Value sent when unchecked (the client's default is "false").</summary>
    public string? ValueOff { get; set; }

    public bool? Wrap { get; set; }
}
