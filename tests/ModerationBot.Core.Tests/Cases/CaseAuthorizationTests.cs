using ModerationBot.Core.Cases;

namespace ModerationBot.Core.Tests.Cases;

public sealed class CaseAuthorizationTests
{
    private const string Admin = "29:admin";
    private const string Stranger = "29:stranger";
    private readonly CaseAuthorization _sut = new([Admin]);
    private readonly ModerationCase _case = CaseFactory.InStatus(CaseStatus.New, CaseFactory.Clock());

    [Theory]
    [InlineData(CaseFactory.Manager, CaseAccess.Act)]
    [InlineData(CaseFactory.Deputy, CaseAccess.Act)]
    [InlineData(Admin, CaseAccess.Act)]
    [InlineData("29:ADMIN", CaseAccess.Act)]
    [InlineData(CaseFactory.Reporter, CaseAccess.View)]
    [InlineData(Stranger, CaseAccess.None)]
    [InlineData("", CaseAccess.None)]
    public void AccessFor_User_MatchesRole(string userId, CaseAccess expected) =>
        Assert.Equal(expected, _sut.AccessFor(_case, userId));

    [Fact]
    public void CanAct_Reporter_IsFalseButCanView()
    {
        Assert.False(_sut.CanAct(_case, CaseFactory.Reporter));
        Assert.True(_sut.CanView(_case, CaseFactory.Reporter));
    }

    [Fact]
    public void CanAct_AfterTakeOverByAdmin_AdminResponsibleAndFormerManagerStillActs()
    {
        var clock = CaseFactory.Clock();
        _case.TakeOver(Admin, clock);
        var noAdmins = new CaseAuthorization([]);

        Assert.True(noAdmins.CanAct(_case, Admin));
        Assert.True(noAdmins.CanAct(_case, CaseFactory.Manager));
        Assert.True(noAdmins.CanAct(_case, CaseFactory.Deputy));
        Assert.False(noAdmins.CanAct(_case, CaseFactory.Reporter));
    }
}
