using System.Text.Json;

namespace ModerationBot.Cases.Outbox;

/// <summary>What the dispatcher sends, stored as JSON in the message's payload.</summary>
/// <param name="Activity">The activity to send (Bot Framework JSON), e.g. a message with an Adaptive Card.</param>
/// <param name="UpdateExisting">
/// When the message's correlation key already has a sent activity, edit that activity instead of sending a new one
/// (the manager's card after a status change).
/// </param>
public sealed record OutboxPayload(JsonElement Activity, bool UpdateExisting = false);
