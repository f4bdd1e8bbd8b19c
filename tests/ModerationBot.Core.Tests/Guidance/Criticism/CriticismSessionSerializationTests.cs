using System.Text.Json;
using ModerationBot.Core.Guidance.Criticism;
using static ModerationBot.Core.Tests.Guidance.Criticism.CriticismSessions;

namespace ModerationBot.Core.Tests.Guidance.Criticism;

public sealed class CriticismSessionSerializationTests
{
    [Fact]
    public void Serialize_RoundTrip_KeepsStepAnswersAndVersion()
    {
        var session = Answer(New("en", "sv", seed: 4), "yes", "no", "ok");

        var json = JsonSerializer.Serialize(session, JsonSerializerOptions.Web);
        var restored = JsonSerializer.Deserialize<CriticismSession>(json, JsonSerializerOptions.Web)!;

        Assert.Equal(session.Step, restored.Step);
        Assert.Equal(session.Answers, restored.Answers);
        Assert.Equal(session.Version, restored.Version);
        Assert.Equal(session.ReplyLanguage, restored.ReplyLanguage);
        Assert.Equal(CriticismStep.Register, CriticismDialog.Answer(restored, "no", restored.Version, Now).Session.Step);
    }

    [Fact]
    public void Session_HasNoPropertyForTheCommentText()
    {
        var names = typeof(CriticismSession).GetProperties().Select(property => property.Name);

        Assert.DoesNotContain(names, name => name is "Comment" or "Text" or "CommentText");
    }
}
