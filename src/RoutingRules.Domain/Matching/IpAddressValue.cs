using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace RoutingRules.Domain.Matching;

/// <summary>
/// An IPv4 or IPv6 address as a number (IPv4 in the low 32 bits), so that ranges are compared by
/// masking instead of by parsing. IPv4-mapped IPv6 addresses (::ffff:203.0.113.7) are IPv4.
/// </summary>
public readonly record struct IpAddressValue(bool IsV6, UInt128 Bits)
{
    /// <summary>32 for IPv4, 128 for IPv6.</summary>
    public int Width => IsV6 ? 128 : 32;

    /// <summary>
    /// Parses one address as a form or a CRM writes it: IPv4 as four decimal octets without leading
    /// zeros (inet_aton's "10.1" or "010.0.0.1" mean other addresses than they seem), IPv6 in any
    /// RFC 4291 text form without a zone. Surrounding blanks are not accepted.
    /// </summary>
    public static bool TryParse(string? text, out IpAddressValue value)
    {
        value = default;
        if (string.IsNullOrEmpty(text) || text.Contains('%') || !IPAddress.TryParse(text, out var address))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            Span<char> canonical = stackalloc char[15];
            if (!address.TryFormat(canonical, out var length) || !canonical[..length].SequenceEqual(text))
            {
                return false;
            }
        }
        else if (address.AddressFamily != AddressFamily.InterNetworkV6 || !text.Contains(':'))
        {
            return false;
        }

        value = From(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
        return true;
    }

    /// <summary>The address with every bit after the first <paramref name="prefixLength"/> cleared.</summary>
    public IpAddressValue Masked(int prefixLength) => this with { Bits = Bits & Mask(prefixLength) };

    /// <summary>The mask of a prefix length within this family's width.</summary>
    public UInt128 Mask(int prefixLength)
    {
        if (prefixLength <= 0)
        {
            return UInt128.Zero;
        }

        var all = IsV6 ? UInt128.MaxValue : uint.MaxValue;
        return (all << (Width - prefixLength)) & all;
    }

    public override string ToString()
    {
        if (!IsV6)
        {
            var v4 = new byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(v4, (uint)Bits);
            return new IPAddress(v4).ToString();
        }

        var v6 = new byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(v6, Bits);
        return new IPAddress(v6).ToString();
    }

    private static IpAddressValue From(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out var written);
        return written == 4
            ? new IpAddressValue(false, BinaryPrimitives.ReadUInt32BigEndian(bytes))
            : new IpAddressValue(true, BinaryPrimitives.ReadUInt128BigEndian(bytes));
    }
}
