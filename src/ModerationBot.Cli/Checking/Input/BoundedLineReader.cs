using System.Text;

namespace ModerationBot.Cli.Checking.Input;

/// <summary>
/// Reads lines (ended by LF or CRLF) without ever holding more than <c>maxLength</c> characters of one line,
/// so a file without line breaks cannot exhaust memory.
/// </summary>
internal sealed class BoundedLineReader(TextReader reader, int maxLength)
{
    private readonly char[] _buffer = new char[16 * 1024];
    private readonly StringBuilder _line = new();
    private int _position;
    private int _length;
    private long _lineNumber;

    /// <summary>The next line, or <see langword="null"/> at the end of the input.</summary>
    public async ValueTask<BoundedLine?> ReadLineAsync(CancellationToken ct)
    {
        _line.Clear();
        var tooLong = false;
        var sawAny = false;
        while (true)
        {
            if (_position == _length)
            {
                _length = await reader.ReadAsync(_buffer.AsMemory(), ct).ConfigureAwait(false);
                _position = 0;
                if (_length == 0)
                {
                    if (!sawAny)
                    {
                        return null;
                    }

                    break;
                }
            }

            sawAny = true;
            var available = _buffer.AsSpan(_position, _length - _position);
            var newline = available.IndexOf('\n');
            var chunk = newline < 0 ? available : available[..newline];
            if (!tooLong && _line.Length + chunk.Length > maxLength + 1)
            {
                tooLong = true;
                _line.Clear();
            }

            if (!tooLong)
            {
                _line.Append(chunk);
            }

            if (newline >= 0)
            {
                _position += newline + 1;
                break;
            }

            _position = _length;
        }

        _lineNumber++;
        if (_line.Length > 0 && _line[^1] == '\r')
        {
            _line.Length--;
        }

        tooLong |= _line.Length > maxLength;
        return new BoundedLine(_lineNumber, tooLong ? null : _line.ToString());
    }
}
