namespace ModerationBot.Cli.Checking.Progress;

/// <summary>Counts the lines of a file in one sequential pass with a fixed buffer.</summary>
internal static class LineCounter
{
    public static async Task<long> CountAsync(string path, CancellationToken ct)
    {
        var buffer = new byte[64 * 1024];
        await using var stream = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,
            Share = FileShare.Read,
            Options = FileOptions.SequentialScan | FileOptions.Asynchronous,
        });
        long lines = 0;
        var endsWithNewline = true;
        int read;
        while ((read = await stream.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
        {
            var chunk = buffer.AsSpan(0, read);
            lines += chunk.Count((byte)'\n');
            endsWithNewline = chunk[^1] == (byte)'\n';
        }

        return endsWithNewline ? lines : lines + 1;
    }
}
