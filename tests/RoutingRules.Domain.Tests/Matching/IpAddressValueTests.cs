using RoutingRules.Domain.Matching;

namespace RoutingRules.Domain.Tests.Matching;

public class IpAddressValueTests
{
    [Theory]
    [InlineData("203.0.113.45", false, "203.0.113.45")]
    [InlineData("0.0.0.0", false, "0.0.0.0")]
    [InlineData("255.255.255.255", false, "255.255.255.255")]
    [InlineData("2001:DB8::1", true, "2001:db8::1")]
    [InlineData("2001:0db8:0000:0000:0000:0000:0000:0001", true, "2001:db8::1")]
    [InlineData("::ffff:203.0.113.45", false, "203.0.113.45")]
    [InlineData("::1", true, "::1")]
    public void TryParse_Address_ReadsFamilyAndValue(string text, bool v6, string canonical)
    {
        Assert.True(IpAddressValue.TryParse(text, out var value));
        Assert.Equal(v6, value.IsV6);
        Assert.Equal(canonical, value.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("10.1")]
    [InlineData("0x7f.0.0.1")]
    [InlineData("203.0.113.045")]
    [InlineData("203.0.113.256")]
    [InlineData(" 203.0.113.45")]
    [InlineData("203.0.113.45/32")]
    [InlineData("fe80::1%eth0")]
    [InlineData("2001:db8::g")]
    [InlineData("acme.com")]
    public void TryParse_NotOneCanonicalAddress_Refused(string? text) => Assert.False(IpAddressValue.TryParse(text, out _));

    [Fact]
    public void TryParse_Ipv4_KeepsTheNumberInTheLow32Bits()
    {
        Assert.True(IpAddressValue.TryParse("203.0.113.45", out var value));
        Assert.Equal((UInt128)0xCB00712Du, value.Bits);
    }

    [Theory]
    [InlineData("203.0.113.45", 24, "203.0.113.0")]
    [InlineData("203.0.113.45", 0, "0.0.0.0")]
    [InlineData("203.0.113.45", 32, "203.0.113.45")]
    [InlineData("203.0.113.255", 25, "203.0.113.128")]
    [InlineData("2001:db8:acce:12::7", 48, "2001:db8:acce::")]
    [InlineData("2001:db8:acce:12::7", 128, "2001:db8:acce:12::7")]
    [InlineData("2001:db8:acce:12::7", 0, "::")]
    public void Masked_PrefixLength_ClearsTheHostBits(string address, int prefix, string expected)
    {
        Assert.True(IpAddressValue.TryParse(address, out var value));
        Assert.Equal(expected, value.Masked(prefix).ToString());
    }
}
