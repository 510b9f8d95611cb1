using RoutingRules.Domain.Matching;

namespace RoutingRules.Domain.Tests.Matching;

public class IpNetworkRangeTests
{
    [Theory]
    [InlineData("203.0.113.0/24", "203.0.113.0/24")]
    [InlineData("203.0.113.192/26", "203.0.113.192/26")]
    [InlineData("203.0.113.7/32", "203.0.113.7/32")]
    [InlineData("0.0.0.0/0", "0.0.0.0/0")]
    [InlineData("2001:DB8:ACCE::/48", "2001:db8:acce::/48")]
    [InlineData("2001:db8::1/128", "2001:db8::1/128")]
    [InlineData("::/0", "::/0")]
    public void TryParse_Cidr_ReadsTheNetwork(string text, string canonical)
    {
        Assert.True(IpNetworkRange.TryParse(text, out var range, out var problem), problem);
        Assert.Null(problem);
        Assert.Equal(canonical, range.ToString());
    }

    [Theory]
    [InlineData(null, "CIDR notation")]
    [InlineData("203.0.113.0", "CIDR notation")]
    [InlineData("203.0.113/24", "not an IPv4 or IPv6 address")]
    [InlineData("203.0.113.0/", "from 0 to 32")]
    [InlineData("203.0.113.0/33", "from 0 to 32")]
    [InlineData("203.0.113.0/024", "from 0 to 32")]
    [InlineData("203.0.113.0/-1", "from 0 to 32")]
    [InlineData("203.0.113.0/24 ", "from 0 to 32")]
    [InlineData("2001:db8::/129", "from 0 to 128")]
    [InlineData("203.0.113.7/24", "the network is 203.0.113.0/24")]
    [InlineData("2001:db8:acce::1/48", "the network is 2001:db8:acce::/48")]
    [InlineData("acme.com/24", "not an IPv4 or IPv6 address")]
    public void TryParse_Malformed_RefusedWithTheProblem(string? text, string problem)
    {
        Assert.False(IpNetworkRange.TryParse(text, out _, out var message));
        Assert.Contains(problem, message);
    }

    [Theory]
    [InlineData("203.0.113.0/24", "203.0.113.0", true)]
    [InlineData("203.0.113.0/24", "203.0.113.255", true)]
    [InlineData("203.0.113.0/24", "203.0.112.255", false)]
    [InlineData("203.0.113.0/24", "203.0.114.0", false)]
    [InlineData("203.0.113.192/26", "203.0.113.191", false)]
    [InlineData("203.0.113.192/26", "203.0.113.192", true)]
    [InlineData("203.0.113.7/32", "203.0.113.7", true)]
    [InlineData("203.0.113.7/32", "203.0.113.8", false)]
    [InlineData("0.0.0.0/0", "198.51.100.1", true)]
    [InlineData("0.0.0.0/0", "2001:db8::1", false)]
    [InlineData("2001:db8:acce::/48", "2001:db8:acce:ffff:ffff:ffff:ffff:ffff", true)]
    [InlineData("2001:db8:acce::/48", "2001:db8:accf::", false)]
    [InlineData("2001:db8:acce::/48", "2001:db8:accd:ffff:ffff:ffff:ffff:ffff", false)]
    [InlineData("::/0", "203.0.113.1", false)]
    [InlineData("203.0.113.0/24", "::ffff:203.0.113.9", true)]
    public void Contains_Address_OnlyInsideTheNetworkOfItsFamily(string cidr, string address, bool expected)
    {
        Assert.True(IpNetworkRange.TryParse(cidr, out var range, out _));
        Assert.True(IpAddressValue.TryParse(address, out var value));
        Assert.Equal(expected, range.Contains(value));
    }
}
