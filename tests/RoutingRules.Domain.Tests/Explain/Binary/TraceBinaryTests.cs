using System.Security.Cryptography;
using System.Text;
using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Explain.Binary;

namespace RoutingRules.Domain.Tests.Explain.Binary;

/// <summary>
/// Traces stored in format 1 (every fact field as text) still decode to exactly the trace they
/// were: the fixture is a routed trace (generated dataset, a territory-level lead with weight
/// adjustments and an SLA) as format 1 stored it, and the SHA-256 of its JSON then.
/// </summary>
public sealed class TraceBinaryTests
{
    private const string JsonSha256 = "6e404ba32f6caafad8078a2b745d00b796d26d6e36e84df7068289cd1bf653e5";

    private const string FormatOneTrace =
        "ARABFE1hdGNoaW5nLkVtYWlsRG9tYWluARJNYXRjaGluZy5CZXN0TWF0Y2gBFk1hdGNoaW5nLkRpcmVjdEFjY291bnQBHVRl" +
        "cnJpdG9yaWVzLkRpbWVuc2lvblByaW9yaXR5ARxJbnRlbnRGaXQuTG93SW50ZW50U3Ryb25nRml0ARlJbnRlbnRGaXQuU3Rh" +
        "bmRhcmRTY29yZUFlARZJbnRlbnRGaXQuRXZlbnRMZWFkU2xhASBUZXJyaXRvcmllcy5NZW1iZXJzQXJlQ2FuZGlkYXRlcwkB" +
        "F0NhcGFjaXR5Lkxvd1F1b3RhV2VpZ2h0ARFDYXBhY2l0eS5FbGlnaWJsZQsBG0NhcGFjaXR5LlRpbWVab25lUHJlZmVyZW5j" +
        "ZQEZRGlzdHJpYnV0aW9uLkxvYWRCYWxhbmNlZAEcRGlzdHJpYnV0aW9uLkFzc2lnbkNob3NlblJlcAEQRGVjaXNpb24uQ29t" +
        "cG9zZQABAQlyZXAtMDEyMTIBEXRpbWUgem9uZSB0b28gZmFyAQIxMAEBMwE2TG9hZEJhbGFuY2VkIHBpY2tlZCByZXAtMDE3" +
        "MTQgW3JlcC0wMTcxNDogd29ya2xvYWQgNDNdAQEQY2JmYjUwOWQ5Y2FiZWQwNAEQZjJhYWExNTlhZDA5MTRjOAEIYmVuY2gt" +
        "MTcBD3Nlbml4Y29yNi5jby5qcAAAAQJVUwEGVVMtUjczAAABBmVuZXJneQG+KwEKRW50ZXJwcmlzZQEDTG93AQZTdHJvbmcB" +
        "AmVuAQdVbmtub3duAQEORXZlbnRCYWRnZVNjYW4BB1Vua25vd24AAQxFdXJvcGUvUGFyaXMAAXIAgMD0lJHSpN8ReAEBCmFj" +
        "Yy0wODE1MzQBDlNlbml4Y29yNiBMYWJzAQZEb21haW4AAAAAAADwPwEBCFByb3NwZWN0AAAYJCQlAAEBCXRlci0wMDAwMwEK" +
        "VVMgY291bnRyeQEETm9uZQEHQ291bnRyeQAAAAEBEmRpbWVuc2lvbiBwcmlvcml0eRACAgIAAgEEBAMBBAEGBgQCCAYBCggF" +
        "AQwBDgoGAQABEAwHAggAARIOCAIIAAEUEAkCDhYBGBIJAg4aARwUCgIIHAEeFgsBGAEgGAsBHAEiGgwDCAAiASQcDQQIAA4m" +
        "ASgeDgEoASogDwUqEBQsLgEwGQEETGVhZAUBAmlkFwEGZG9tYWluGAEHc2VnbWVudBwBBmludGVudB0BA2ZpdB4BEEFjY291" +
        "bnRDYW5kaWRhdGUDAQdhY2NvdW50JAEEa2luZCYBBXNjb3JlAQExAQ5NYXRjaGVkQWNjb3VudAM0JDUmNjcBC0xlYWRBY2Nv" +
        "dW50AjQkNSYBDVJvdXRpbmdQb2xpY3kAAQ1Pd25pbmdBY2NvdW50AjQkAQZzdGF0dXMnAQ5UZXJyaXRvcnlNYXRjaAUBCXRl" +
        "cnJpdG9yeSgBCHZlcnRpY2FsKgEJZ2VvZ3JhcGh5KwENZGltZW5zaW9uUmFuawEBMAEJc2NvcmVSYW5rQgEPQ2hvc2VuVGVy" +
        "cml0b3J5Aj4oAQJieSwBE1RyZWF0bWVudEFzc2Vzc21lbnQCAQl0cmVhdG1lbnQBFU51cnR1cmVXaXRoTW9uaXRvcmluZwEE" +
        "cmFuawECMTABFFNlbmlvcml0eVJlcXVpcmVtZW50AgEHcHJvZmlsZQEKU3RhbmRhcmRBZUk3AQ1TbGFBc3Nlc3NtZW50AwEI" +
        "bGVhZFR5cGUBBUV2ZW50AQlyZXNwb25kQnkBITIwMjYtMTEtMjRUMTA6MDA6MDAuMDAwMDAwMCswMTowMAEKZXNjYWxhdGVB" +
        "dAEhMjAyNi0xMS0yNlQxMDowMDowMC4wMDAwMDAwKzAxOjAwAQNSZXADAQNyZXABCXJlcC0wMTcxNAEJb3BlbkxlYWRzAQIz" +
        "MzwBCUF2YWlsYWJsZQEJQ2FuZGlkYXRlAlZXPihVA1YQWAECNDE8WlsCVhA+KAEQV2VpZ2h0QWRqdXN0bWVudAJWEAEGZmFj" +
        "dG9yAQMwLjUBEUVsaWdpYmxlQ2FuZGlkYXRlAVZXYAFWEAEJRXhjbHVzaW9uBFYQAQZyZWFzb24RAQZhY3R1YWwSAQVsaW1p" +
        "dBMBCkNvbGxlY3Rpb24BAQVjb3VudDcBEkRpc3RyaWJ1dGlvbkNob2ljZQMBCHN0cmF0ZWd5AQxMb2FkQmFsYW5jZWRWVwEG" +
        "aW5wdXRzARZyZXAtMDE3MTQ6IHdvcmtsb2FkIDQzAQpBc3NpZ25tZW50AwEFbGV2ZWwBCVRlcnJpdG9yeVZXPihlAWZCZQFm" +
        "QgENRGVjaXNpb25EcmFmdARtblZXR0gBCHByaW9yaXR5AQZOb3JtYWwAAlcBC0FsaWNlIFNpbW9uQmQEBAAAAAAAAAAAAAEQ" +
        "AQxQYXVsIEdhcmPDrWFSZAAGAAAAAAAAJEABDBESEwABDWkoV2sBAAABSAEWTG93IGludGVudCwgU3Ryb25nIGZpdAYBUAGA" +
        "gM6mpTKAwMK7toSl3xF4gMDeiIHppd8ReAEKZXZlbnQgbGVhZAgAAAJLAkxNSTddAlYQXgEDMC41DQ4=";

    [Fact]
    public void Decode_FormatOneTrace_GivesItsJsonOfThen()
    {
        var trace = TraceBinary.Decode(Convert.FromBase64String(FormatOneTrace));

        var json = TraceJson.Serialize(trace);

        Assert.Equal(JsonSha256, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))));
    }

    [Fact]
    public void Decode_FormatOneTrace_ReadsNumbersAndTimesAsTheirText()
    {
        var facts = TraceBinary.Decode(Convert.FromBase64String(FormatOneTrace)).Details!.Facts;

        Assert.Equal("0.5", facts.First(f => f.Type == "WeightAdjustment")["factor"]);
        Assert.Equal("2026-11-24T10:00:00.0000000+01:00", facts.First(f => f.Type == "SlaAssessment")["respondBy"]);
        Assert.Equal("33", facts.First(f => f.Type == "Rep")["openLeads"]);
    }

    [Fact]
    public void Encode_DecodedFormatOneTrace_DecodesToTheSameJson()
    {
        var trace = TraceBinary.Decode(Convert.FromBase64String(FormatOneTrace));

        var encoded = TraceBinary.Encode(trace);

        Assert.Equal(TraceBinary.FormatVersion, encoded[0]);
        Assert.Equal(TraceJson.Serialize(trace), TraceJson.Serialize(TraceBinary.Decode(encoded)));
    }

    [Fact]
    public void Decode_FormatOneTraceTruncated_ThrowsFormatException()
    {
        var encoded = Convert.FromBase64String(FormatOneTrace);

        for (var length = 0; length < encoded.Length; length += 11)
        {
            Assert.Throws<FormatException>(() => TraceBinary.Decode(encoded.AsSpan(0, length)));
        }
    }
}
