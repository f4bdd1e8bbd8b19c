using Microsoft.Extensions.Time.Testing;
using ModerationBot.Core.Guidance.Criticism;
using ModerationBot.Dialogs.Criticism;
using ModerationBot.Storage;
using Moq;

namespace ModerationBot.Tests.Dialogs.Criticism;

public sealed class CriticismSessionStoreTests
{
    [Fact]
    public async Task WriteAsync_Session_ExpiresSevenDaysAfterTheLastChange()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        var state = new Mock<IStateStore>();
        state.Setup(s => s.WriteAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CriticismSession>(), It.IsAny<string?>(), It.IsAny<DateTimeOffset?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(WriteResult.Written("e1"));
        var store = new CriticismSessionStore(state.Object, time);
        var session = CriticismDialog.Start(new CriticismStart("abc", "owner", null, "conv", "sv", null, 0, 0), time.GetUtcNow());

        time.Advance(TimeSpan.FromDays(3));
        await store.WriteAsync(session, "e0", TestContext.Current.CancellationToken);

        state.Verify(s => s.WriteAsync(StateScopes.Dialog, "criticism:abc", session, "e0",
            new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero), It.IsAny<CancellationToken>()));
    }
}
