namespace ModerationBot.BotFramework.Cards;

/// <summary>A date picker (<c>Input.Date</c>); dates travel as yyyy-MM-dd.</summary>
public sealed class DateInput : CardInput
{
    /// <summary>Creates a date picker.</summary>
    public DateInput(string id) : base(id)
    {
    }

    public DateOnly? Value { get; set; }
    public DateOnly? Min { get; set; }
    public DateOnly? Max { get; set; }
    public string? Placeholder { get; set; }
}
