using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// Turns a fact the rules matched or inserted into its type and key fields: a <see cref="TraceFact"/>,
/// or the same description written straight into a stored trace (<see cref="Binary.TraceBinary"/>)
/// without the objects in between.
/// </summary>
public static partial class FactDescriber
{
    public static TraceFact Describe(object? fact)
    {
        var sink = new TraceFactSink();
        Describe(fact, ref sink);
        return sink.Result!;
    }

    /// <summary>Describes <paramref name="fact"/> to <paramref name="sink"/>; returns the number of fields described.</summary>
    /// <remarks>
    /// Each kind is described by a method of its own: a description's fields are an array on the
    /// stack, zeroed on entry, and in one method the arrays of every kind (10 KB) were zeroed for
    /// each fact described.
    /// </remarks>
    internal static int Describe<TSink>(object? fact, ref TSink sink)
        where TSink : struct, IFactSink => fact switch
    {
        null => sink.Fact("None"),
        // The kinds a decision has most of first: the switch tests the types in order.
        RepProfile r => Describe(r, ref sink),
        Candidate c => Describe(c, ref sink),
        EligibleCandidate e => Describe(e, ref sink),
        Exclusion x => Describe(x, ref sink),
        RoutingPolicy => sink.Fact("RoutingPolicy"),
        LeadProfile p => Describe(p, ref sink),
        AccountCandidate c => Describe(c, ref sink),
        MatchedAccount m => Describe(m, ref sink),
        LeadAccount l => Describe(l, ref sink),
        OwningAccount o => Describe(o, ref sink),
        OwnerClaim c => Describe(c, ref sink),
        TerritoryMatch t => Describe(t, ref sink),
        ChosenTerritory t => Describe(t, ref sink),
        NearestTerritory n => Describe(n, ref sink),
        DistributionChoice d => Describe(d, ref sink),
        Assignment a => Describe(a, ref sink),
        DecisionDraft d => Describe(d, ref sink),
        SlaAssessment s => Describe(s, ref sink),
        TreatmentAssessment t => Describe(t, ref sink),
        HotPriority h => Describe(h, ref sink),
        DecisionFlag f => Describe(f, ref sink),
        AccountActivity a => Describe(a, ref sink),
        PreviousLead p => Describe(p, ref sink),
        Opportunity o => Describe(o, ref sink),
        CreatedAccount c => Describe(c, ref sink),
        UnknownDomainSighting u => Describe(u, ref sink),
        DomainSighted d => Describe(d, ref sink),
        AccountNote n => Describe(n, ref sink),
        SeniorityRequirement s => Describe(s, ref sink),
        UnmetRequirement u => Describe(u, ref sink),
        WeightAdjustment w => Describe(w, ref sink),
        QueueLoad q => Describe(q, ref sink),
        FallbackQueues f => Describe(f, ref sink),
        NoTerritoryMatch n => Describe(n, ref sink),
        IpAccountSignal s => Describe(s, ref sink),
        ReferrerAccount r => Describe(r, ref sink),
        PartnerNotification n => Describe(n, ref sink),
        // Strings and collections last: the record types above are the usual facts, and an interface test costs more than a type test.
        string text => Describe(text, ref sink),
        System.Collections.ICollection items => Collection(items.Count, ref sink),
        // The engine's Collect() results: counted without enumerating them.
        IReadOnlyCollection<object> items => Collection(items.Count, ref sink),
        System.Collections.IEnumerable items => Collection(items.Cast<object>().Count(), ref sink),
        _ => sink.Fact(fact.GetType().Name, ("value", fact.ToString())),
    };
}
