namespace RoutingRules.Grpc.Tests;

public class PercentEncodingTests
{
    [Fact]
    public void Encode_PrintableAscii_IsUnchanged()
    {
        Assert.Equal("field 'lead.email' is required", PercentEncoding.Encode("field 'lead.email' is required"));
    }

    [Fact]
    public void Encode_ControlPercentAndUnicode_ArePercentEncodedUtf8()
    {
        Assert.Equal("%09a%25b%0A%E2%98%BA", PercentEncoding.Encode("\ta%b\n\u263A"));
    }

    [Fact]
    public void Decode_OfEncode_RoundTripsInteropSpecialMessage()
    {
        const string special = "\t\ntest with whitespace\r\nand Unicode BMP \u263A and non-BMP \U0001F608\t\n";

        Assert.Equal(special, PercentEncoding.Decode(PercentEncoding.Encode(special)));
    }

    [Theory]
    [InlineData("100%", "100%")]
    [InlineData("%zz ok", "%zz ok")]
    [InlineData("%4", "%4")]
    [InlineData("a%20b", "a b")]
    [InlineData("%e2%98%ba", "\u263A")]
    public void Decode_InvalidOrLowercaseEscapes_IsLenient(string encoded, string expected)
    {
        Assert.Equal(expected, PercentEncoding.Decode(encoded));
    }
}
