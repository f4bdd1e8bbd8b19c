using ModerationBot.Core.Analysis;

namespace ModerationBot.Core.Guidance;

/// <summary>One answer of the policy pack, with the document and section it rests on.</summary>
public sealed record PolicyAnswer(string Id, LocalizedText Answer, LocalizedText Source, string Section);
