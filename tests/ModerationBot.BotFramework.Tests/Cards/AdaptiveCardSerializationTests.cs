using System.Text.Json;
using ModerationBot.BotFramework.Activities;
using ModerationBot.BotFramework.Cards;
using Xunit;

namespace ModerationBot.BotFramework.Tests.Cards;

public sealed class AdaptiveCardSerializationTests
{
    [Fact]
    public void ToJson_MinimalCard_HasTypeAndVersionFirst()
    {
        var json = new AdaptiveCard().ToJson();

        var names = json.EnumerateObject().Select(property => property.Name).ToList();
        Assert.Equal(["type", "version"], names);
        Assert.Equal("AdaptiveCard", json.GetProperty("type").GetString());
        Assert.Equal("1.5", json.GetProperty("version").GetString());
    }

    [Fact]
    public void ToJson_Elements_CarryTheSchemaTypeNames()
    {
        var card = new AdaptiveCard
        {
            Body =
            {
                new TextBlock("t"), new RichTextBlock { Inlines = { new TextRun("r") } }, new Container { Items = { new TextBlock("c") } },
                new ColumnSet { Columns = { new Column() } }, new FactSet(), new Image(new Uri("https://example.org/a.png")),
                new ActionSet(), new TextInput("a"), new ChoiceSetInput("b"), new ToggleInput("c", "C"), new DateInput("d"),
            },
        };

        var types = card.ToJson().GetProperty("body").EnumerateArray().Select(e => e.GetProperty("type").GetString());

        Assert.Equal(
            ["TextBlock", "RichTextBlock", "Container", "ColumnSet", "FactSet", "Image", "ActionSet", "Input.Text", "Input.ChoiceSet", "Input.Toggle", "Input.Date"],
            types);
    }

    [Fact]
    public void ToJson_Actions_CarryTheSchemaTypeNames()
    {
        var card = new AdaptiveCard
        {
            Actions =
            {
                new SubmitAction("s"), new ExecuteAction("e", "verb"), new OpenUrlAction("o", new Uri("https://example.org")),
                new ShowCardAction("c", new AdaptiveCard()), new ToggleVisibilityAction("t"),
            },
        };

        var types = card.ToJson().GetProperty("actions").EnumerateArray().Select(e => e.GetProperty("type").GetString());

        Assert.Equal(["Action.Submit", "Action.Execute", "Action.OpenUrl", "Action.ShowCard", "Action.ToggleVisibility"], types);
    }

    [Fact]
    public void ToJson_UnsetOptions_AreLeftOut()
    {
        var json = new AdaptiveCard { Body = { new TextBlock("Hello") } }.ToJson();

        var block = json.GetProperty("body")[0];
        Assert.Equal(["type", "text"], block.EnumerateObject().Select(property => property.Name));
        Assert.False(json.TryGetProperty("actions", out _));
    }

    [Fact]
    public void ToJson_Enums_AreWrittenAsTheSchemaStrings()
    {
        var block = new TextBlock("x")
        {
            Size = TextSize.ExtraLarge, Weight = TextWeight.Bolder, Color = TextColor.Attention, Spacing = Spacing.ExtraLarge, IsSubtle = true,
        };

        var json = new AdaptiveCard { Body = { block }, Msteams = TeamsCardProperties.FullWidth }.ToJson();

        var written = json.GetProperty("body")[0];
        Assert.Equal("extraLarge", written.GetProperty("size").GetString());
        Assert.Equal("bolder", written.GetProperty("weight").GetString());
        Assert.Equal("attention", written.GetProperty("color").GetString());
        Assert.Equal("extraLarge", written.GetProperty("spacing").GetString());
        Assert.True(written.GetProperty("isSubtle").GetBoolean());
        Assert.Equal("Full", json.GetProperty("msteams").GetProperty("width").GetString());
    }

    [Fact]
    public void ToJson_ColumnWidths_UseKeywordsNumbersAndPixels()
    {
        var set = new ColumnSet
        {
            Columns =
            {
                new Column { Width = ColumnWidth.Auto }, new Column { Width = ColumnWidth.Stretch },
                new Column { Width = ColumnWidth.Weight(3) }, new Column { Width = ColumnWidth.Pixels(80) },
            },
        };

        var widths = new AdaptiveCard { Body = { set } }.ToJson().GetProperty("body")[0].GetProperty("columns")
            .EnumerateArray().Select(column => column.GetProperty("width").ToString());

        Assert.Equal(["auto", "stretch", "3", "80px"], widths);
    }

    [Fact]
    public void ToJson_DateInput_WritesIsoDates()
    {
        var input = new DateInput("when") { Value = new DateOnly(2026, 3, 9) };

        var json = new AdaptiveCard { Body = { input } }.ToJson();

        Assert.Equal("2026-03-09", json.GetProperty("body")[0].GetProperty("value").GetString());
    }

    [Fact]
    public void Serialize_AsPlainObjectWithActivityOptions_KeepsTheCardShape()
    {
        var card = new AdaptiveCard
        {
            Body = { new TextBlock("Hej") { Size = TextSize.Large }, new ColumnSet { Columns = { new Column { Width = ColumnWidth.Weight(2), Items = { new TextBlock("x") } } } } },
            Actions = { new ExecuteAction("Go", "go").WithSubmitFallback() },
        };

        var json = JsonSerializer.SerializeToElement<object>(card, ActivityJson.Options);

        Assert.Equal(card.ToJson().ToString(), json.ToString());
    }

    [Fact]
    public void ToAttachment_Card_HasAdaptiveCardContentTypeAndTheCardJson()
    {
        var card = new AdaptiveCard { Body = { new TextBlock("Hej") } };

        var attachment = card.ToAttachment();

        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        var content = JsonSerializer.SerializeToElement(attachment, ActivityJson.Options).GetProperty("content");
        Assert.Equal("Hej", content.GetProperty("body")[0].GetProperty("text").GetString());
    }
}
