using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Cards;

/// <summary>One column of a <see cref="ColumnSet"/>.</summary>
public sealed class Column
{
    /// <summary>Always <c>Column</c>.</summary>
    [JsonPropertyOrder(-1)]
    public string Type => "Column";

    public string? Id { get; set; }

    [OmitWhenEmpty]
    public List<CardElement> Items { get; init; } = [];

    /// <summary>How wide the column is; see <see cref="ColumnWidth"/>.</summary>
    public ColumnWidth? Width { get; set; }

    public ContainerStyle? Style { get; set; }
    public bool? Bleed { get; set; }
    public Spacing? Spacing { get; set; }
    public bool? Separator { get; set; }
    public VerticalAlignment? VerticalContentAlignment { get; set; }
}
