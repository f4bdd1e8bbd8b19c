namespace ModerationBot.BotFramework.Cards;

/// <summary>Lays columns out side by side.</summary>
public sealed class ColumnSet : CardElement
{
    [OmitWhenEmpty]
    public List<Column> Columns { get; init; } = [];

    public ContainerStyle? Style { get; set; }
    public bool? Bleed { get; set; }
    public HorizontalAlignment? HorizontalAlignment { get; set; }
}
