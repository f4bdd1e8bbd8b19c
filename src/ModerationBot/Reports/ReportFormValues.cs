using System.Text.Json;
using System.Text.Json.Serialization;
using ModerationBot.Cards;

namespace ModerationBot.Reports;

/// <summary>
/// What the employee entered in the report form, exactly as submitted (strings, so that nothing is lost when a value
/// is refused). The property names are the form's input ids and the keys of the data its buttons carry on.
/// </summary>
public sealed record ReportFormValues
{
    public const string CategoryId = "category";
    public const string PlatformId = "platform";
    public const string AccountId = "account";
    public const string OccurredOnId = "occurredOn";
    public const string LinksId = "links";
    public const string DescriptionId = "description";
    public const string ContinuingId = "continuing";
    public const string PoliceReportedId = "policeReported";
    public const string PoliceReportNumberId = "policeReportNumber";
    public const string ReceiverId = "receiver";
    public const string DraftIdKey = "draftId";

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    public string? Category { get; init; }
    public string? Platform { get; init; }
    public string? Account { get; init; }
    public string? OccurredOn { get; init; }
    public string? Links { get; init; }
    public string? Description { get; init; }
    public string? Continuing { get; init; }
    public string? PoliceReported { get; init; }
    public string? PoliceReportNumber { get; init; }
    public string? Receiver { get; init; }

    /// <summary>The draft these values came from, if any; sending or saving again replaces that draft.</summary>
    public string? DraftId { get; init; }

    /// <summary>Whether any field was filled in (a button's data without the form's inputs has none).</summary>
    [JsonIgnore]
    public bool IsEmpty => new[] { Category, Platform, Account, OccurredOn, Links, Description, Continuing, PoliceReported, PoliceReportNumber, Receiver }
        .All(string.IsNullOrWhiteSpace);

    /// <summary>Whether the employee wants the report kept from their manager.</summary>
    [JsonIgnore]
    public bool AvoidManager => string.Equals(Receiver, ReportChoices.ReceiverHr, StringComparison.Ordinal);

    /// <summary>The values read from a card's submitted data (unknown properties ignored); empty for anything else.</summary>
    public static ReportFormValues Read(JsonElement? data)
    {
        if (data is not { ValueKind: JsonValueKind.Object } value)
        {
            return new ReportFormValues();
        }

        // Clients send every input as a string; anything else is dropped rather than failing the turn.
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String)
            {
                strings[property.Name] = property.Value.GetString()!;
            }
        }

        return JsonSerializer.Deserialize<ReportFormValues>(JsonSerializer.Serialize(strings), s_json) ?? new ReportFormValues();
    }

    /// <summary>The values with every field trimmed and empty fields as null.</summary>
    public ReportFormValues Trimmed() => this with
    {
        Category = Clean(Category),
        Platform = Clean(Platform),
        Account = Clean(Account),
        OccurredOn = Clean(OccurredOn),
        Links = Clean(Links),
        Description = Clean(Description),
        Continuing = Clean(Continuing),
        PoliceReported = Clean(PoliceReported),
        PoliceReportNumber = Clean(PoliceReportNumber),
        Receiver = Clean(Receiver),
        DraftId = Clean(DraftId),
    };

    /// <summary>Button data carrying <paramref name="command"/> and these values on to the next step.</summary>
    public Dictionary<string, string> ToData(string command)
    {
        var data = new Dictionary<string, string> { [CardCommands.DataKey] = command };
        Add(data, CategoryId, Category);
        Add(data, PlatformId, Platform);
        Add(data, AccountId, Account);
        Add(data, OccurredOnId, OccurredOn);
        Add(data, LinksId, Links);
        Add(data, DescriptionId, Description);
        Add(data, ContinuingId, Continuing);
        Add(data, PoliceReportedId, PoliceReported);
        Add(data, PoliceReportNumberId, PoliceReportNumber);
        Add(data, ReceiverId, Receiver);
        Add(data, DraftIdKey, DraftId);
        return data;
    }

    /// <summary>Nothing the employee wrote goes into anything printed.</summary>
    public override string ToString() => "ReportFormValues { content omitted }";

    private static void Add(Dictionary<string, string> data, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            data[key] = value;
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
