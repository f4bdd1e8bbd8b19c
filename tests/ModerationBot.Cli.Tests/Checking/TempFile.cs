using System.Text;

namespace ModerationBot.Cli.Tests.Checking;

/// <summary>A file with the given content under a fresh temporary folder, deleted on dispose.</summary>
internal sealed class TempFile : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("moderationbot-cli-").FullName;

    public TempFile(string fileName, string content)
    {
        Path = System.IO.Path.Combine(_folder, fileName);
        File.WriteAllText(Path, content, new UTF8Encoding(false));
    }

    public string Path { get; }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
