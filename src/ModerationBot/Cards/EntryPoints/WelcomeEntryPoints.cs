namespace ModerationBot.Cards.EntryPoints;

/// <summary>The entry points the welcome card offers, in order. Features add theirs here once they work.</summary>
public static class WelcomeEntryPoints
{
    public static IReadOnlyList<IEntryPoint> All { get; } =
    [
        new CheckCommentEntryPoint(),
        new CriticismEntryPoint(),
        new ReportHarassmentEntryPoint(),
        new HelpEntryPoint(),
    ];
}
