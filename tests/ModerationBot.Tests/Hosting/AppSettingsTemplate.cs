namespace ModerationBot.Tests.Hosting;

/// <summary>Finds <c>appsettings.template.json</c> at the repository root.</summary>
internal static class AppSettingsTemplate
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = System.IO.Path.Combine(directory.FullName, "appsettings.template.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("appsettings.template.json not found above " + AppContext.BaseDirectory);
    }
}
