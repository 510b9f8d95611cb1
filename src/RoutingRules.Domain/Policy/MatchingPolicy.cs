namespace RoutingRules.Domain.Policy;

/// <summary>Lead-to-account matching settings (DOMAIN.md §3).</summary>
public sealed record MatchingPolicy
{
    public static readonly IReadOnlyList<string> DefaultFreeMailDomains =
    [
        "gmail.com", "googlemail.com", "yahoo.*", "ymail.com", "hotmail.*", "outlook.com", "outlook.fr",
        "live.com", "live.fr", "msn.com", "icloud.com", "me.com", "mac.com", "aol.com", "orange.fr",
        "wanadoo.fr", "free.fr", "sfr.fr", "laposte.net", "gmx.*", "web.de", "proton.me",
        "protonmail.com", "mail.com", "zoho.com", "yandex.ru",
    ];

    /// <summary>Jaro-Winkler score at or above which a fuzzy company-name match is accepted.</summary>
    public double FuzzyMatchThreshold { get; init; } = 0.80;

    /// <summary>Scores from here up to <see cref="FuzzyMatchThreshold"/> need manual confirmation.</summary>
    public double FuzzyReviewThreshold { get; init; } = 0.70;

    /// <summary>
    /// Whether the lead's IP address is looked up in the accounts' office networks (a supplementary
    /// signal, DOMAIN.md §3). Off where privacy rules forbid using it: the address is then ignored.
    /// </summary>
    public bool UseIpAddress { get; init; } = true;

    /// <summary>Domains that never identify a company; "name.*" matches any public suffix.</summary>
    public IReadOnlyList<string> FreeMailDomains { get; init; } = DefaultFreeMailDomains;
}
