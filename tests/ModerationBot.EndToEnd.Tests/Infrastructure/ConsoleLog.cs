using Microsoft.Playwright;

namespace ModerationBot.EndToEnd.Tests.Infrastructure;

/// <summary>The browser console of a page, kept so a failing test can say what the client complained about.</summary>
internal sealed class ConsoleLog
{
    private readonly List<string> _lines = [];

    public ConsoleLog(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.Console += (_, message) =>
        {
            lock (_lines)
            {
                _lines.Add($"{message.Type}: {message.Text}");
            }
        };
    }

    public override string ToString()
    {
        lock (_lines)
        {
            return string.Join(Environment.NewLine, _lines);
        }
    }
}
