using RoutingRules.Domain.Matching;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Tests.Snapshot;

public class IpRangeIndexTests
{
    private static readonly Account Parent = new() { Id = "parent", Name = "Parent", IpRanges = ["203.0.113.0/24", "2001:db8:acce::/48"] };
    private static readonly Account Subsidiary = new() { Id = "sub", Name = "Subsidiary", IpRanges = ["203.0.113.192/26"] };
    private static readonly Account Host = new() { Id = "host", Name = "Host", IpRanges = ["203.0.113.200/32", "2001:db8:acce:1::/64"] };
    private static readonly Account Other = new() { Id = "other", Name = "Other", IpRanges = ["198.51.100.0/25", "not a range", "198.51.100.7/24"] };
    private static readonly IpRangeIndex Index = new([Parent, Subsidiary, Host, Other]);

    [Theory]
    [InlineData("203.0.113.0", "parent")]
    [InlineData("203.0.113.191", "parent")]
    [InlineData("203.0.113.192", "sub,parent")]
    [InlineData("203.0.113.200", "host,sub,parent")]
    [InlineData("203.0.113.255", "sub,parent")]
    [InlineData("2001:db8:acce::5", "parent")]
    [InlineData("2001:db8:acce:1:ffff::", "host,parent")]
    [InlineData("198.51.100.127", "other")]
    [InlineData("198.51.100.128", "")]
    [InlineData("203.0.112.255", "")]
    [InlineData("2001:db8:accf::", "")]
    public void Find_Address_AccountsWhoseRangesHoldItMostSpecificFirst(string address, string expected)
    {
        Assert.True(IpAddressValue.TryParse(address, out var value));

        var found = Index.Find(value, 10);

        Assert.Equal(expected, string.Join(",", found.Select(m => m.Account.Id)));
    }

    [Fact]
    public void Find_MoreMatchesThanTheLimit_KeepsTheMostSpecific()
    {
        Assert.True(IpAddressValue.TryParse("203.0.113.200", out var value));

        Assert.Equal(["host", "sub"], Index.Find(value, 2).Select(m => m.Account.Id));
    }

    [Fact]
    public void Find_MatchingRange_TellsWhichRangeAsListed()
    {
        Assert.True(IpAddressValue.TryParse("2001:db8:acce:1::9", out var value));

        var host = Index.Find(value, 10)[0];

        Assert.Equal(("host", "2001:db8:acce:1::/64", 64), (host.Account.Id, host.Range, host.PrefixLength));
    }

    [Fact]
    public void Constructor_MalformedRanges_AreSkipped()
    {
        Assert.Equal(6, Index.Count);
    }

    [Fact]
    public void Find_TwoRangesOfOneAccountHoldTheAddress_ListsTheAccountOnce()
    {
        var index = new IpRangeIndex([new Account { Id = "a", Name = "A", IpRanges = ["10.0.0.0/8", "10.1.0.0/16"] }]);
        Assert.True(IpAddressValue.TryParse("10.1.2.3", out var value));

        var match = Assert.Single(index.Find(value, 10));

        Assert.Equal("10.1.0.0/16", match.Range);
    }

    [Fact]
    public void Find_HundredThousandAccounts_FindsTheOneNetwork()
    {
        var accounts = Enumerable.Range(0, 100_000)
            .Select(i => new Account { Id = "acc-" + i, Name = "Account " + i, IpRanges = [$"10.{i >> 8 & 255}.{i & 255}.0/24", $"2001:db8:{i >> 16:x}:{i & 0xffff:x}::/64"] })
            .ToList();
        var index = new IpRangeIndex(accounts);
        Assert.True(IpAddressValue.TryParse("10.200.17.99", out var v4));
        Assert.True(IpAddressValue.TryParse($"2001:db8:1:{77_777 & 0xffff:x}::5", out var v6));

        Assert.Equal("acc-51217", Assert.Single(index.Find(v4, 3)).Account.Id);
        Assert.Equal("acc-77777", Assert.Single(index.Find(v6, 3)).Account.Id);
    }
}
