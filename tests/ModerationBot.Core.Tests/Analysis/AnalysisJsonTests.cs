using System.Text.Json;
using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis;

public sealed class AnalysisJsonTests
{
    [Fact]
    public void Serialize_Analysis_UsesCamelCaseAndSnakeCaseEnums()
    {
        var result = AnalyzerFixture.Analyzer.Analyze("Alla invandrare borde skjutas.");

        var json = JsonSerializer.Serialize(result, AnalysisJson.Options);

        Assert.Contains("\"action\":\"escalate\"", json);
        Assert.Contains("\"hate_speech\"", json);
        Assert.Contains("\"threat\":{\"severity\":\"high\",\"target\":\"group\"}", json);
        Assert.Contains("\"personalData\":[]", json);
    }
}
