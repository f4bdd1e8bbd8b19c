namespace ModerationBot.Benchmarks.Escalations;

/// <summary>A moderator's Send answered with a case number, and the chat its card is due in.</summary>
internal sealed record EscalationConfirmation(string Number, string ManagerChatId, string TenantId, DateTimeOffset ConfirmedAt);
