using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModerationBot.BotFramework.Cards;

/// <summary>
/// Width of a <see cref="Column"/>: <c>auto</c>, <c>stretch</c>, a relative weight or pixels.
/// The schema mixes strings and numbers here, hence a type of its own.
/// </summary>
[JsonConverter(typeof(ColumnWidthConverter))]
public readonly record struct ColumnWidth
{
    private ColumnWidth(string? keyword, int weight)
    {
        Keyword = keyword;
        RelativeWeight = weight;
    }

    /// <summary>As wide as the content.</summary>
    public static ColumnWidth Auto { get; } = new("auto", 0);

    /// <summary>Takes the remaining space.</summary>
    public static ColumnWidth Stretch { get; } = new("stretch", 0);

    /// <summary>Keyword or pixel form (<c>auto</c>, <c>stretch</c>, <c>80px</c>); null for a weight.</summary>
    public string? Keyword { get; }

    /// <summary>The relative weight when <see cref="Keyword"/> is null.</summary>
    public int RelativeWeight { get; }

    /// <summary>A share of the width relative to the other weighted columns.</summary>
    public static ColumnWidth Weight(int weight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        return new(null, weight);
    }

    /// <summary>A fixed width in pixels.</summary>
    public static ColumnWidth Pixels(int pixels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pixels);
        return new(pixels.ToString(CultureInfo.InvariantCulture) + "px", 0);
    }
}

internal sealed class ColumnWidthConverter : JsonConverter<ColumnWidth>
{
    public override ColumnWidth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return ColumnWidth.Weight(reader.GetInt32());
        }

        var text = reader.GetString();
        return text switch
        {
            "auto" => ColumnWidth.Auto,
            "stretch" => ColumnWidth.Stretch,
            _ when text is not null && text.EndsWith("px", StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(0, text.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var px)
                => ColumnWidth.Pixels(px),
            _ => throw new JsonException("A column width is auto, stretch, a number or a pixel size like 80px."),
        };
    }

    public override void Write(Utf8JsonWriter writer, ColumnWidth value, JsonSerializerOptions options)
    {
        if (value.Keyword is null)
        {
            writer.WriteNumberValue(value.RelativeWeight);
        }
        else
        {
            writer.WriteStringValue(value.Keyword);
        }
    }
}
