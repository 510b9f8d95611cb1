using Microsoft.AspNetCore.Http;

namespace RoutingRules.Grpc.Tests;

public class MetadataTests
{
    [Theory]
    [InlineData("q6ur", new byte[] { 0xAB, 0xAB, 0xAB })]
    [InlineData("AQI=", new byte[] { 1, 2 })]
    [InlineData("AQI", new byte[] { 1, 2 })]
    [InlineData("AQ==", new byte[] { 1 })]
    [InlineData("AQ", new byte[] { 1 })]
    [InlineData("", new byte[0])]
    public void TryDecodeBase64_PaddedOrUnpadded_Decodes(string text, byte[] expected)
    {
        Assert.True(MetadataCodec.TryDecodeBase64(text, out var bytes));
        Assert.Equal(expected, bytes);
    }

    [Theory]
    [InlineData("A")]
    [InlineData("A*==")]
    public void TryDecodeBase64_Invalid_ReturnsFalse(string text)
    {
        Assert.False(MetadataCodec.TryDecodeBase64(text, out _));
    }

    [Fact]
    public void FromHeaders_ReservedHeaders_AreFiltered()
    {
        var headers = new HeaderDictionary
        {
            ["content-type"] = "application/grpc",
            ["te"] = "trailers",
            ["grpc-timeout"] = "1S",
            ["grpc-encoding"] = "gzip",
            ["grpc-accept-encoding"] = "gzip",
            ["host"] = "localhost",
            ["connection"] = "keep-alive",
            ["x-tenant"] = "acme",
            ["User-Agent"] = "grpc-python/1.51",
        };

        var metadata = MetadataCodec.FromHeaders(headers);

        Assert.Equal(["user-agent", "x-tenant"], metadata.Select(e => e.Key).Order());
        Assert.Equal("acme", metadata.GetValue("X-Tenant"));
    }

    [Fact]
    public void FromHeaders_BinaryHeader_DecodesEachCommaSeparatedValue()
    {
        var headers = new HeaderDictionary { ["trace-bin"] = "AQI,AwQ=" };

        var metadata = MetadataCodec.FromHeaders(headers);

        Assert.Equal(2, metadata.Count);
        Assert.Equal(new byte[] { 1, 2 }, metadata[0].ValueBytes);
        Assert.Equal(new byte[] { 3, 4 }, metadata[1].ValueBytes);
    }

    [Fact]
    public void WriteTo_ReservedKeys_AreDroppedAndBinaryIsPaddedBase64()
    {
        var metadata = new Metadata().Add("grpc-status", "0").Add("te", "x").Add("x-id", "7").Add("blob-bin", [1, 2]);
        var headers = new HeaderDictionary();

        MetadataCodec.WriteTo(metadata, headers);

        Assert.Equal(2, headers.Count);
        Assert.Equal("7", headers["x-id"].ToString());
        Assert.Equal("AQI=", headers["blob-bin"].ToString());
    }

    [Fact]
    public void Add_TextValueOnBinaryKey_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Metadata().Add("x-bin", "text"));
    }

    [Fact]
    public void Add_BytesOnTextKey_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Metadata().Add("x-id", [1]));
    }

    [Theory]
    [InlineData("x id")]
    [InlineData("x:id")]
    [InlineData("")]
    public void Add_InvalidKey_Throws(string key)
    {
        Assert.ThrowsAny<ArgumentException>(() => new Metadata().Add(key, "v"));
    }

    [Fact]
    public void Add_NonAsciiTextValue_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Metadata().Add("x-name", "caf\u00e9"));
    }

    [Fact]
    public void Add_MixedCaseKey_IsStoredLowerCase()
    {
        var metadata = new Metadata().Add("X-Request-Id", "1");

        Assert.Equal("x-request-id", metadata[0].Key);
    }
}
