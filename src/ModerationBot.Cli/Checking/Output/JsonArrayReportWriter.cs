using System.Text.Json;

namespace ModerationBot.Cli.Checking.Output;

/// <summary>One JSON array of the same objects as JSON Lines, streamed element by element.</summary>
internal sealed class JsonArrayReportWriter(TextWriter output) : ICheckReportWriter
{
    private bool _started;

    public async ValueTask WriteAsync(CheckedComment comment, CancellationToken ct)
    {
        var json = JsonSerializer.Serialize(CheckResultMapper.ToJson(comment), CheckJsonContext.Output.CheckResultJson);
        await output.WriteAsync((_started ? ",\n  " : "[\n  ").AsMemory(), ct).ConfigureAwait(false);
        await output.WriteAsync(json.AsMemory(), ct).ConfigureAwait(false);
        _started = true;
    }

    public async ValueTask CompleteAsync(CancellationToken ct)
    {
        await output.WriteLineAsync((_started ? "\n]" : "[]").AsMemory(), ct).ConfigureAwait(false);
        await output.FlushAsync(ct).ConfigureAwait(false);
    }
}
