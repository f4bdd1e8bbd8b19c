using ModerationBot.Core.Cases;

namespace ModerationBot.Cases;

/// <summary>The case <see cref="ICaseStore.CreateOnceAsync"/> returned and whether this call opened it.</summary>
/// <param name="Case">The case as stored.</param>
/// <param name="Created">True when this call opened it; false when it already existed and nothing was written.</param>
public sealed record CaseCreation(ModerationCase Case, bool Created);
