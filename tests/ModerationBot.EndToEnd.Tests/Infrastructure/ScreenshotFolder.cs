namespace ModerationBot.EndToEnd.Tests.Infrastructure;

/// <summary>Where the browser test keeps its screenshots: artifacts/e2e under the test output.</summary>
internal static class ScreenshotFolder
{
    public static string Path { get; } =
        Directory.CreateDirectory(System.IO.Path.Combine(AppContext.BaseDirectory, "artifacts", "e2e")).FullName;

    public static string For(string name) => System.IO.Path.Combine(Path, name + ".png");
}
