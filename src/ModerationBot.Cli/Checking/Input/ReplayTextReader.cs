namespace ModerationBot.Cli.Checking.Input;

/// <summary>Serves text already read for format sniffing, then the rest of the underlying reader.</summary>
internal sealed class ReplayTextReader(string prefix, TextReader inner) : TextReader
{
    private int _prefixPosition;

    public override int Peek() => _prefixPosition < prefix.Length ? prefix[_prefixPosition] : inner.Peek();

    public override int Read() => _prefixPosition < prefix.Length ? prefix[_prefixPosition++] : inner.Read();

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (_prefixPosition < prefix.Length)
        {
            return TakePrefix(buffer);
        }

        return inner.Read(buffer);
    }

    public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        if (_prefixPosition < prefix.Length)
        {
            return ValueTask.FromResult(TakePrefix(buffer.Span));
        }

        return inner.ReadAsync(buffer, cancellationToken);
    }

    public override Task<int> ReadAsync(char[] buffer, int index, int count) =>
        ReadAsync(buffer.AsMemory(index, count)).AsTask();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int TakePrefix(Span<char> buffer)
    {
        var count = Math.Min(buffer.Length, prefix.Length - _prefixPosition);
        prefix.AsSpan(_prefixPosition, count).CopyTo(buffer);
        _prefixPosition += count;
        return count;
    }
}
