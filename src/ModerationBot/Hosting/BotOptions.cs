using System.ComponentModel.DataAnnotations;

namespace ModerationBot.Hosting;

/// <summary>Configuration section <c>Bot</c>: what the bot says about whom it works for.</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>The organisation named in the welcome card (e.g. "Uppsala kommun"); the localized "the municipality" when empty.</summary>
    [StringLength(100, ErrorMessage = "Bot:OrganisationName must be at most 100 characters.")]
    public string? OrganisationName { get; set; }
}
