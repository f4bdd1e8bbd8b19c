namespace ModerationBot.BotFramework.Cards;

/// <summary>Leaves an empty collection out of the card JSON, for properties where absent and empty mean the same.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class OmitWhenEmptyAttribute : Attribute;
