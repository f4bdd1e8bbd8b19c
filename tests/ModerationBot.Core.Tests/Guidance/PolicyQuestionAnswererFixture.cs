using ModerationBot.Core.Guidance;

namespace ModerationBot.Core.Tests.Guidance;

/// <summary>Builds the index once for all tests of a class; it is read-only afterwards.</summary>
public sealed class PolicyQuestionAnswererFixture : IDisposable
{
    public PolicyQuestionAnswerer Answerer { get; } = new();

    public void Dispose() => Answerer.Dispose();
}
