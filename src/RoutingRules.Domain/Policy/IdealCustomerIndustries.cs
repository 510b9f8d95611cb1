using System.Runtime.CompilerServices;

namespace RoutingRules.Domain.Policy;

/// <summary>
/// <see cref="AssignmentPolicy.IdealCustomerIndustries"/> as a set, built once per configured list
/// rather than per lead. Industries compare as the territory indexes and <c>TerritoryMatcher</c>
/// compare a vertical territory's industries: ordinal, case aside.
/// </summary>
internal static class IdealCustomerIndustries
{
    private static readonly ConditionalWeakTable<IReadOnlyList<string>, HashSet<string>> Sets = [];

    /// <summary>The set of <paramref name="industries"/>, built on first use.</summary>
    public static HashSet<string> For(IReadOnlyList<string> industries) => Sets.GetValue(industries, Build);

    private static HashSet<string> Build(IReadOnlyList<string> industries)
    {
        var set = new HashSet<string>(industries.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var industry in industries)
        {
            // A blank entry is refused by the validator; one in a policy never validated matches nothing.
            if (!string.IsNullOrWhiteSpace(industry))
            {
                set.Add(industry);
            }
        }

        return set;
    }
}
