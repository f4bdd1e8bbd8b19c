using System.Text;

namespace ModerationBot.Core.Tests.Analysis;

internal static class TestText
{
    /// <summary>The unit repeated and cut to exactly <paramref name="length"/> characters.</summary>
    public static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, length);
    }
}
