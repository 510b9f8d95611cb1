using System.Net;

namespace RoutingRules.Domain.Matching;

/// <summary>Host and e-mail domain helpers used to match leads to accounts.</summary>
public static class DomainNames
{
    /// <summary>
    /// Lower-cased host of a domain, URL or e-mail-like input ("https://WWW.Acme.com/x" is "www.acme.com"),
    /// or null when it holds no usable host name (IP literals included).
    /// </summary>
    public static string? NormalizeHost(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var host = input.Trim();
        var scheme = host.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            host = host[(scheme + 3)..];
        }

        var at = host.LastIndexOf('@');
        if (at >= 0)
        {
            host = host[(at + 1)..];
        }

        var end = host.IndexOfAny(['/', '?', '#', ':']);
        if (end >= 0)
        {
            host = host[..end];
        }

        host = host.TrimEnd('.').ToLowerInvariant();
        if (host.Length == 0 || !host.Contains('.') || IPAddress.TryParse(host, out _))
        {
            return null;
        }

        foreach (var c in host)
        {
            if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '.' || c > 0x7F))
            {
                return null;
            }
        }

        return host.Contains("..", StringComparison.Ordinal) ? null : host;
    }

    /// <summary>The domain part of an e-mail address, lower-cased; null when the address has none.</summary>
    public static string? FromEmail(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var at = email.LastIndexOf('@');
        return at <= 0 ? null : NormalizeHost(email[(at + 1)..]);
    }

    /// <summary>
    /// Strips sub-domains: "eu.sales.acme.co.uk" is "acme.co.uk", "mail.acme.fr" is "acme.fr".
    /// Null when the input is no host name.
    /// </summary>
    public static string? RegistrableDomain(string? hostOrUrl)
    {
        var host = NormalizeHost(hostOrUrl);
        if (host is null)
        {
            return null;
        }

        var last = host.LastIndexOf('.');
        var secondLast = host.LastIndexOf('.', last - 1);
        if (secondLast < 0)
        {
            return host;
        }

        var cut = secondLast;
        if (PublicSuffixes.IsMultiLabelSuffix(host[(secondLast + 1)..]))
        {
            var thirdLast = host.LastIndexOf('.', secondLast - 1);
            if (thirdLast < 0)
            {
                return host;
            }

            cut = thirdLast;
        }

        return host[(cut + 1)..];
    }
}
