using Microsoft.Extensions.Time.Testing;
using ModerationBot.Core.Cases;

namespace ModerationBot.Core.Tests.Cases;

/// <summary>Cases in a chosen status, built only through the public actions.</summary>
internal static class CaseFactory
{
    public const string Reporter = "29:reporter";
    public const string Manager = "29:manager";
    public const string Deputy = "29:deputy";

    public static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 3, 4, 8, 0, 0, TimeSpan.Zero));

    public static CaseDraft Draft(CaseSeverity severity = CaseSeverity.High) => new(
        CaseKind.Threat,
        severity,
        new CaseReporter(Reporter, "aad-reporter", "Reporter Name"),
        Manager,
        [Deputy],
        "facebook",
        "https://example.org/post/1",
        new CaseFindings(["threat-violence"], "violence"),
        "[redacted] will regret this");

    public static ModerationCase InStatus(CaseStatus status, TimeProvider clock)
    {
        var created = ModerationCase.Open(Guid.NewGuid(), new CaseNumber(2026, 1), Draft(), "evidence-1", clock);
        switch (status)
        {
            case CaseStatus.Acknowledged:
                created.Acknowledge(Manager, clock);
                break;
            case CaseStatus.InProgress:
                created.TakeOver(Manager, clock);
                break;
            case CaseStatus.PoliceReported:
                created.ReportToPolice(Manager, "5000-K123456-26", clock);
                break;
            case CaseStatus.Closed:
                created.Close(Manager, "Handled by phone.", clock);
                break;
        }

        return created;
    }

    /// <summary>Performs the action that moves a case to <paramref name="target"/>.</summary>
    public static void MoveTo(ModerationCase moderationCase, CaseStatus target, TimeProvider clock)
    {
        switch (target)
        {
            case CaseStatus.Acknowledged:
                moderationCase.Acknowledge(Manager, clock);
                break;
            case CaseStatus.InProgress:
                moderationCase.TakeOver(Deputy, clock);
                break;
            case CaseStatus.PoliceReported:
                moderationCase.ReportToPolice(Manager, "5000-K1-26", clock);
                break;
            case CaseStatus.Closed:
                moderationCase.Close(Manager, "Done.", clock);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(target));
        }
    }
}
