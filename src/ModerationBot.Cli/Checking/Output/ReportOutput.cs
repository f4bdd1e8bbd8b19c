using System.Text;

namespace ModerationBot.Cli.Checking.Output;

/// <summary>
/// The writer for results. The process's stdout is wrapped in a buffered UTF-8 writer, because Console.Out flushes
/// on every line, which costs a system call per comment on large inputs; other writers (tests) are used as given.
/// </summary>
internal static class ReportOutput
{
    public static TextWriter Open(TextWriter configured) =>
        ReferenceEquals(configured, Console.Out)
            ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), bufferSize: 64 * 1024)
            : new NonClosingWriter(configured);

    // Lets callers dispose whatever Open returned without closing a writer they do not own.
    private sealed class NonClosingWriter(TextWriter inner) : TextWriter
    {
        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value) => inner.Write(value);

        public override void Write(ReadOnlySpan<char> buffer) => inner.Write(buffer);

        public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default) =>
            inner.WriteAsync(buffer, cancellationToken);

        public override Task WriteLineAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default) =>
            inner.WriteLineAsync(buffer, cancellationToken);

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override void Flush() => inner.Flush();

        protected override void Dispose(bool disposing) => inner.Flush();
    }
}
