using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Routing;

/// <summary>The facts a finished session holds that the outcome needs, sorted out in one pass.</summary>
public sealed class SessionFacts
{
    public SessionFacts(IEnumerable<object> facts)
    {
        foreach (var fact in facts)
        {
            switch (fact)
            {
                case DecisionDraft draft:
                    Draft ??= draft;
                    break;
                case OwningAccount owning when Owning is null || OwningAccount.Supersedes(owning, Owning):
                    Owning = owning;
                    break;
                case CreatedAccount created:
                    Created ??= created;
                    break;
                case DomainSighted sighted:
                    Sighted ??= sighted;
                    break;
                case DistributionChoice choice:
                    Distribution ??= choice;
                    break;
                case OwnerClaim claim:
                    Claims.Add(claim);
                    break;
                case Exclusion exclusion:
                    Exclusions.Add(exclusion);
                    break;
            }
        }
    }

    public DecisionDraft? Draft { get; }
    public OwningAccount? Owning { get; }
    public CreatedAccount? Created { get; }
    public DomainSighted? Sighted { get; }
    public DistributionChoice? Distribution { get; }
    public List<OwnerClaim> Claims { get; } = [];
    public List<Exclusion> Exclusions { get; } = [];
}
