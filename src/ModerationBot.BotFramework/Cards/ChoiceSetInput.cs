namespace ModerationBot.BotFramework.Cards;

/// <summary>A drop-down or a list of radio buttons or checkboxes (<c>Input.ChoiceSet</c>).</summary>
public sealed class ChoiceSetInput : CardInput
{
    /// <summary>Creates a choice set.</summary>
    public ChoiceSetInput(string id) : base(id)
    {
    }

    public List<Choice> Choices { get; init; } = [];
    public ChoiceInputStyle? Style { get; set; }
    public bool? IsMultiSelect { get; set; }

    /// <summary>Initially selected value; comma-separated values when multi-select.</summary>
    public string? Value { get; set; }

    public string? Placeholder { get; set; }
    public bool? Wrap { get; set; }
}
