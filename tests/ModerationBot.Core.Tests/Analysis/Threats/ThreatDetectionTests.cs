using ModerationBot.Core.Analysis;
using Xunit;

namespace ModerationBot.Core.Tests.Analysis.Threats;

public sealed class ThreatDetectionTests
{
    [Theory]
    [InlineData("Det här förslaget är rena mordet på landsbygden.")]
    [InlineData("I could kill for a coffee right now.")]
    [InlineData("Ni skjuter upp beslutet igen, varför?")]
    [InlineData("Jag vill slå ett slag för biblioteket.")]
    [InlineData("Vi satt och dödade tiden i väntrummet i två timmar.")]
    [InlineData("Vi kommer att bomba er med mejl tills ni svarar.")]
    [InlineData("Ni borde skämmas över det här.")]
    [InlineData("Jag ska anmäla er till JO.")]
    [InlineData("Can you shoot me an email with the details?")]
    [InlineData("Budgeten kommer att slå hårt mot barnfamiljerna.")]
    [InlineData("Jag bombade tentan i går, hoppas på omtenta.")]
    [InlineData("Kommunen bombas med klagomål om sophämtningen.")]
    public void Analyze_ViolentIdiom_IsNotAThreat(string text)
    {
        var result = AnalyzerFixture.Rules.Analyze(text);

        Assert.Null(result.Threat);
        Assert.NotEqual(ModerationAction.Escalate, result.Action);
    }

    [Theory]
    [InlineData("Jag ska döda dig om du inte ändrar beslutet.", ThreatTarget.Person)]
    [InlineData("Handläggaren ska få betala. Jag vet var du bor.", ThreatTarget.Staff)]
    [InlineData("Någon borde skjuta hela socialtjänsten.", ThreatTarget.Staff)]
    [InlineData("I'm going to kill you if you don't reverse this.", ThreatTarget.Person)]
    [InlineData("Jag kommer att spränga stadshuset.", ThreatTarget.Organisation)]
    [InlineData("Bomba hela skiten.", ThreatTarget.Organisation)]
    [InlineData("Vi borde bränna ner hela kåken.", ThreatTarget.Organisation)]
    public void Analyze_ExplicitThreat_EscalatesWithHighSeverity(string text, ThreatTarget target)
    {
        var result = AnalyzerFixture.Rules.Analyze(text);

        Assert.Equal(ModerationAction.Escalate, result.Action);
        Assert.Equal(new ThreatAssessment(ThreatSeverity.High, target), result.Threat);
        Assert.Contains(result.Rules, r => r.Rule == RuleId.Threat);
    }

    [Theory]
    [InlineData("Ni kommer att få se vad som händer om ni stänger skolan.")]
    [InlineData("You have been warned, the council will pay for this.")]
    public void Analyze_VeiledThreat_EscalatesWithMediumSeverity(string text)
    {
        var result = AnalyzerFixture.Rules.Analyze(text);

        Assert.Equal(ThreatSeverity.Medium, result.Threat?.Severity);
        Assert.Equal(ModerationAction.Escalate, result.Action);
    }

    [Theory]
    [InlineData("Han skrev 'jag ska döda dig' till min dotter. Vad gör man?")]
    [InlineData("My neighbour said he would shoot our dog. Who do I call?")]
    public void Analyze_ReportedThreat_GoesToReviewWithoutThreat(string text)
    {
        var result = AnalyzerFixture.Rules.Analyze(text);

        Assert.Null(result.Threat);
        Assert.Equal(ModerationAction.Review, result.Action);
    }

    [Theory]
    [InlineData("Jag ska inte skada någon, jag vill bara ha svar.")]
    [InlineData("I'm not going to hurt anyone, I just want answers.")]
    public void Analyze_NegatedViolence_IsNotAThreat(string text)
    {
        Assert.Null(AnalyzerFixture.Rules.Analyze(text).Threat);
    }
}
