using System.Globalization;

namespace RoutingRules.Domain.Matching;

/// <summary>
/// A network in CIDR notation (203.0.113.0/24, 2001:db8::/48): an account's office network, which
/// a lead's IP address may fall in.
/// </summary>
public readonly record struct IpNetworkRange(IpAddressValue Network, int PrefixLength)
{
    public bool Contains(IpAddressValue address) =>
        address.IsV6 == Network.IsV6 && address.Masked(PrefixLength).Bits == Network.Bits;

    /// <summary>
    /// Parses "address/prefix". The address must be the network's first address: "203.0.113.7/24"
    /// is refused rather than read as 203.0.113.0/24, since it is more often a typing error than a
    /// shorthand. <paramref name="problem"/> says what is wrong, for validation messages.
    /// </summary>
    public static bool TryParse(string? text, out IpNetworkRange range, out string? problem)
    {
        range = default;
        var slash = text?.IndexOf('/') ?? -1;
        if (text is null || slash < 0)
        {
            problem = "is not in CIDR notation (address/prefix, e.g. 203.0.113.0/24 or 2001:db8::/48)";
            return false;
        }

        if (!IpAddressValue.TryParse(text[..slash], out var address))
        {
            problem = $"'{text[..slash]}' is not an IPv4 or IPv6 address";
            return false;
        }

        if (!TryParsePrefix(text.AsSpan(slash + 1), address.Width, out var prefix))
        {
            problem = $"the prefix length must be a number from 0 to {address.Width}";
            return false;
        }

        var network = address.Masked(prefix);
        if (network != address)
        {
            problem = $"host bits are set after the /{prefix} prefix: the network is {network}/{prefix}";
            return false;
        }

        range = new IpNetworkRange(network, prefix);
        problem = null;
        return true;
    }

    public override string ToString() => $"{Network}/{PrefixLength}";

    private static bool TryParsePrefix(ReadOnlySpan<char> text, int width, out int prefixLength)
    {
        prefixLength = -1;
        if (text.Length is 0 or > 3 || (text.Length > 1 && text[0] == '0'))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        prefixLength = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        return prefixLength <= width;
    }
}
