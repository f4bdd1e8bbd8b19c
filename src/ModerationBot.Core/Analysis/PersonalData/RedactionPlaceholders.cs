using System.Collections.Frozen;

namespace ModerationBot.Core.Analysis.PersonalData;

/// <summary>The Swedish and English placeholder for each redaction key (snake_case type or category id).</summary>
internal static class RedactionPlaceholders
{
    private static readonly FrozenDictionary<string, LocalizedText> Table = new Dictionary<string, LocalizedText>
    {
        ["personal_identity_number"] = new("[personnummer]", "[identity number]"),
        ["coordination_number"] = new("[samordningsnummer]", "[coordination number]"),
        ["phone_number"] = new("[telefon]", "[phone]"),
        ["email"] = new("[e-post]", "[email]"),
        ["street_address"] = new("[adress]", "[address]"),
        ["iban"] = new("[iban]", "[iban]"),
        ["bank_account"] = new("[kontonummer]", "[account number]"),
        ["payment_card"] = new("[kortnummer]", "[card number]"),
        ["license_plate"] = new("[registreringsnummer]", "[license plate]"),
        ["ip_address"] = new("[ip-adress]", "[ip address]"),
        ["person_name"] = new("[namn]", "[name]"),
        ["health"] = new("[hälsouppgift]", "[health data]"),
        ["ethnic_origin"] = new("[etniskt ursprung]", "[ethnic origin]"),
        ["political_opinion"] = new("[politisk åsikt]", "[political opinion]"),
        ["religious_belief"] = new("[religiös övertygelse]", "[religious belief]"),
        ["trade_union"] = new("[fackligt medlemskap]", "[trade union]"),
        ["genetic"] = new("[genetisk uppgift]", "[genetic data]"),
        ["biometric"] = new("[biometrisk uppgift]", "[biometric data]"),
        ["sex_life_orientation"] = new("[sexualliv]", "[sex life]"),
        ["criminal_offence"] = new("[lagöverträdelse]", "[criminal offence]"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool TryGet(string key, out LocalizedText text) => Table.TryGetValue(key, out text!);
}
