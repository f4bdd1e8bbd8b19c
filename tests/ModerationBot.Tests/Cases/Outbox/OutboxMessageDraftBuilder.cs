using ModerationBot.Cases.Outbox;

namespace ModerationBot.Tests.Cases.Outbox;

/// <summary>Outbox drafts for the store tests.</summary>
internal sealed class OutboxMessageDraftBuilder
{
    public OutboxMessageDraft For(string conversation, int n) =>
        new(conversation, "{\"conversation\":\"" + conversation + "\"}", $"{{\"n\":{n}}}", $"{conversation}/{n}");

    /// <summary>A payload that is not JSON: the store must refuse it, and with it the whole write.</summary>
    public OutboxMessageDraft Broken() => new("conv-1", "{}", "{not json", null);
}
