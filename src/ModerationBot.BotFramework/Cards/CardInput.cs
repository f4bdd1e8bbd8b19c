namespace ModerationBot.BotFramework.Cards;

/// <summary>
/// An input whose value is sent with submit and execute actions under its <see cref="CardElement.Id"/>.
/// </summary>
public abstract class CardInput : CardElement
{
    /// <summary>Creates an input with the id its value is sent under.</summary>
    protected CardInput(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>Visible label; screen readers announce it.</summary>
    public string? Label { get; set; }

    /// <summary>When true, the client refuses to submit while the input is empty.</summary>
    public bool? IsRequired { get; set; }

    /// <summary>Shown when validation fails.</summary>
    public string? ErrorMessage { get; set; }
}
