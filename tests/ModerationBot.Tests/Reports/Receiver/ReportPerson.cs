namespace ModerationBot.Tests.Reports.Receiver;

/// <summary>Someone who talks to the bot in their own personal chat.</summary>
public sealed record ReportPerson(string Id, string AadObjectId, string Locale, string ConversationId)
{
    public static ReportPerson New(string role, string locale = "sv-SE", string? id = null)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        return new ReportPerson(id ?? $"29:{role}-{suffix}", Guid.NewGuid().ToString(), locale, $"a:personal-{role}-{suffix}");
    }
}
