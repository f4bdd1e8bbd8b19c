using System.Text.Json;

namespace ModerationBot.Cli.Checking.Output;

/// <summary>One JSON object per line, in input order.</summary>
internal sealed class JsonLinesReportWriter(TextWriter output) : ICheckReportWriter
{
    public async ValueTask WriteAsync(CheckedComment comment, CancellationToken ct)
    {
        var json = JsonSerializer.Serialize(CheckResultMapper.ToJson(comment), CheckJsonContext.Output.CheckResultJson);
        await output.WriteLineAsync(json.AsMemory(), ct).ConfigureAwait(false);
    }

    public async ValueTask CompleteAsync(CancellationToken ct) => await output.FlushAsync(ct).ConfigureAwait(false);
}
