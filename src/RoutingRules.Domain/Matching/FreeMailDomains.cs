namespace RoutingRules.Domain.Matching;

/// <summary>
/// The free-mail list of a policy, compiled for lookups. An entry "yahoo.*" matches "yahoo" under
/// any public suffix (yahoo.fr, yahoo.co.uk) and its sub-domains.
/// </summary>
public sealed class FreeMailDomains
{
    private readonly HashSet<string> _exact = new(StringComparer.Ordinal);
    private readonly HashSet<string> _anySuffix = new(StringComparer.Ordinal);

    public FreeMailDomains(IEnumerable<string> entries)
    {
        foreach (var raw in entries)
        {
            var entry = raw.Trim().ToLowerInvariant();
            if (entry.EndsWith(".*", StringComparison.Ordinal))
            {
                _anySuffix.Add(entry[..^2]);
            }
            else if (entry.Length > 0)
            {
                _exact.Add(entry);
            }
        }
    }

    public static FreeMailDomains Default { get; } = new(Policy.MatchingPolicy.DefaultFreeMailDomains);

    /// <summary>True when the domain (or e-mail address) belongs to a free-mail provider.</summary>
    public bool IsFreeMail(string? domainOrEmail)
    {
        var host = domainOrEmail is not null && domainOrEmail.Contains('@')
            ? DomainNames.FromEmail(domainOrEmail)
            : DomainNames.NormalizeHost(domainOrEmail);
        if (host is null)
        {
            return false;
        }

        var registrable = DomainNames.RegistrableDomain(host)!;
        if (_exact.Contains(host) || _exact.Contains(registrable))
        {
            return true;
        }

        var firstDot = registrable.IndexOf('.');
        return firstDot > 0 && _anySuffix.Contains(registrable[..firstDot]);
    }
}
