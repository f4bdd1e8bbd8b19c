using ModerationBot.Cli.Checking.Input;
using Xunit;

namespace ModerationBot.Cli.Tests.Checking.Input;

public sealed class InputFormatDetectorTests
{
    [Theory]
    [InlineData("a.jsonl", "Jsonl")]
    [InlineData("a.NDJSON", "Jsonl")]
    [InlineData("a.csv", "Csv")]
    [InlineData("a.txt", "Text")]
    public void Detect_KnownExtension_WinsOverContent(string fileName, string expected)
    {
        Assert.Equal(Enum.Parse<InputFormat>(expected), InputFormatDetector.Detect(InputFormat.Auto, fileName, "hello world\n").Format);
    }

    [Theory]
    [InlineData("\n\n  {\"id\":1}", "Jsonl", ',')]
    [InlineData("ID , Text,author\n1,a,b", "Csv", ',')]
    [InlineData("\"text\";\"id\"\r\n", "Csv", ';')]
    [InlineData("id och text\n", "Text", ',')]
    [InlineData("identity,texts\n", "Text", ',')]
    [InlineData("", "Text", ',')]
    public void Detect_NoKnownExtension_SniffsFirstNonEmptyLine(string head, string format, char separator)
    {
        Assert.Equal(new DetectedFormat(Enum.Parse<InputFormat>(format), separator), InputFormatDetector.Detect(InputFormat.Auto, "in.dat", head));
    }

    [Fact]
    public void Detect_CsvExtensionWithSemicolonHeader_UsesSemicolon()
    {
        Assert.Equal(';', InputFormatDetector.Detect(InputFormat.Auto, "x.csv", "id;text\n").Separator);
    }
}
