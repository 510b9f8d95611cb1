using RoutingRules.Server.Security;

namespace RoutingRules.Server.Tests.Security;

public class BearerTokenGuardTests
{
    [Fact]
    public void Enabled_NullOrEmptyToken_IsOpen()
    {
        Assert.False(new BearerTokenGuard(null).Enabled);
        Assert.False(new BearerTokenGuard(string.Empty).Enabled);
        Assert.True(new BearerTokenGuard("t").Enabled);
    }

    [Fact]
    public async Task Unary_WrappedHandler_NotCalledWhenRejected()
    {
        var guard = new BearerTokenGuard("token");
        var called = false;
        var handler = guard.Unary<string, string>((request, _) =>
        {
            called = true;
            return Task.FromResult(request);
        });

        await Assert.ThrowsAnyAsync<Exception>(() => handler("x", null!));

        Assert.False(called);
    }
}
