using System.Text.Json.Nodes;
using ModerationBot.BotFramework.Cards;

namespace ModerationBot.Tests.Cards;

/// <summary>
/// A card that uses every builder type and option, so the schema and the official parser check the
/// builders themselves, not only the cards the bot sends today.
/// </summary>
internal static class BuilderCoverageCard
{
    public static AdaptiveCard Build() => new()
    {
        FallbackText = "Fallback",
        Speak = "Spoken summary",
        Lang = "sv",
        Msteams = TeamsCardProperties.FullWidth,
        Refresh = new CardRefresh(new ExecuteAction("Refresh", "case.refresh") { Data = new { caseId = "MOD-2026-0001" } }, ["29:abc"]),
        Body =
        {
            new TextBlock("Heading")
            {
                Id = "heading", Wrap = true, Weight = TextWeight.Bolder, Size = TextSize.ExtraLarge, Color = TextColor.Attention,
                IsSubtle = false, Style = TextBlockStyle.Heading, MaxLines = 3, HorizontalAlignment = HorizontalAlignment.Center,
                Spacing = Spacing.Padding, Separator = true,
            },
            new RichTextBlock
            {
                Inlines =
                {
                    new TextRun("Bold ") { Weight = TextWeight.Bolder, Color = TextColor.Good },
                    new TextRun("styled") { Italic = true, Strikethrough = true, Underline = true, Highlight = true, IsSubtle = true, Size = TextSize.Small },
                },
            },
            new Container
            {
                Id = "details", IsVisible = false, Style = ContainerStyle.Emphasis, Bleed = true,
                VerticalContentAlignment = VerticalAlignment.Top,
                Items = { new FactSet { Facts = { new Fact("Platform", "Facebook"), new Fact("Status", "New") } } },
            },
            new ColumnSet
            {
                Style = ContainerStyle.Warning, HorizontalAlignment = HorizontalAlignment.Left,
                Columns =
                {
                    new Column { Width = ColumnWidth.Auto, Items = { new Image(new Uri("https://example.org/a.png")) { AltText = "Icon", Size = ImageSize.Small, Style = ImageStyle.Person } } },
                    new Column { Width = ColumnWidth.Stretch, Style = ContainerStyle.Good, Items = { new TextBlock("Stretch") } },
                    new Column { Width = ColumnWidth.Weight(2), Separator = true, Spacing = Spacing.Small, Items = { new TextBlock("Weight") } },
                    new Column { Width = ColumnWidth.Pixels(80), VerticalContentAlignment = VerticalAlignment.Center, Items = { new TextBlock("Pixels") } },
                },
            },
            new TextInput("comment")
            {
                Label = "Comment", Placeholder = "Paste the comment", IsMultiline = true, IsRequired = true,
                ErrorMessage = "Paste a comment first", MaxLength = 4000, Value = "", Style = TextInputStyle.Text,
            },
            new TextInput("link") { Label = "Link", Style = TextInputStyle.Url, Regex = "^https://.*" },
            new ChoiceSetInput("platform")
            {
                Label = "Platform", Style = ChoiceInputStyle.Compact, Value = "facebook", Placeholder = "Choose",
                Choices = { new Choice("Facebook", "facebook"), new Choice("Instagram", "instagram") },
            },
            new ChoiceSetInput("steps") { Label = "Steps", Style = ChoiceInputStyle.Expanded, IsMultiSelect = true, Wrap = true, Choices = { new Choice("Saved", "saved") } },
            new ToggleInput("registered", "Registered") { Value = "false", ValueOn = "true", ValueOff = "false", Wrap = true },
            new DateInput("date") { Label = "Date", Value = new DateOnly(2026, 11, 23), Min = new DateOnly(2026, 1, 1), Max = new DateOnly(2026, 12, 31) },
            new ActionSet
            {
                Actions =
                {
                    new OpenUrlAction("Policy", new Uri("https://example.org/policy")) { Tooltip = "Opens the policy", Mode = ActionMode.Secondary },
                    new ToggleVisibilityAction("Details") { TargetElements = { new TargetElement("details"), new TargetElement("heading", true) } },
                },
            },
        },
        Actions =
        {
            new ExecuteAction("Acknowledge", "case.acknowledge")
            {
                Data = new { caseId = "MOD-2026-0001" }, Style = ActionStyle.Positive, AssociatedInputs = AssociatedInputs.None,
            }.WithSubmitFallback(),
            SubmitAction.TaskFetch("Open dialog", new { dialog = "check" }),
            SubmitAction.MessageBack("Send value", new JsonObject { ["answer"] = "yes" }, displayText: "Yes"),
            SubmitAction.ImBack("Help", "hjälp"),
            new ShowCardAction("More", new AdaptiveCard { Body = { new TextBlock("Inside") } }) { IconUrl = new Uri("https://example.org/i.png") },
        },
    };
}
