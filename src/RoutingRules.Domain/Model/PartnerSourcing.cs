namespace RoutingRules.Domain.Model;

/// <summary>
/// How an account with a partner manager came to us, which the partner agreement says decides
/// who works its leads. Read only when the account has a <see cref="Account.PartnerManagerId"/>.
/// </summary>
public enum PartnerSourcing
{
    /// <summary>Sourced by the partner: every lead goes to the partner manager (protects the partner relationship).</summary>
    Partner,

    /// <summary>Sourced directly, with a partner involved: leads take their usual route and the partner manager is told.</summary>
    Direct,
}
