namespace RoutingRules.Domain.Snapshot;

/// <summary>How an account was found for a lead, most reliable first (DOMAIN.md §3).</summary>
public enum AccountMatchKind
{
    /// <summary>The domain of the lead's e-mail address.</summary>
    Domain,

    /// <summary>
    /// The domain of the lead's website: looked up as <see cref="Domain"/> is, ranked after it, as
    /// an address the contact writes from says more than a site they type in a form.
    /// </summary>
    Website,

    Name,
    Alias,
    Fuzzy,
}
