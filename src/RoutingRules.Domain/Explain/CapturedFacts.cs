using System.Runtime.InteropServices;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// The facts of a capture that the trace's sections read, sorted by kind in one pass over the
/// inserted facts, insertion order kept within each kind. One type test per kind (the fact types
/// are sealed, so each is a pointer comparison) costs less than hashing every fact's type into a
/// dictionary of lists, and the many facts no section reads (reps, sightings...) are not kept.
/// A kind's list is only created when a fact of that kind turns up.
/// </summary>
internal sealed class CapturedFacts
{
    private List<AccountCandidate>? _accountCandidates;
    private List<MatchedAccount>? _matchedAccounts;
    private List<PreviousLead>? _previousLeads;
    private List<AccountActivity>? _accountActivities;
    private List<TerritoryMatch>? _territoryMatches;
    private List<NearestTerritory>? _nearestTerritories;
    private List<Candidate>? _candidates;
    private List<Exclusion>? _exclusions;
    private List<OwnerClaim>? _claims;
    private List<HotPriority>? _hotPriorities;
    private List<DecisionFlag>? _flags;
    private List<object?>? _notes;

    public CapturedFacts(DecisionTraceCapture capture)
    {
        var inputs = capture.Inputs;
        for (var i = 0; i < inputs.Count; i++)
        {
            Sort(inputs[i], capture);
        }

        foreach (var (fact, _) in capture.Added)
        {
            Sort(fact, capture);
        }
    }

    public LeadProfile? Lead { get; private set; }
    public RoutingPolicy? Policy { get; private set; }

    // The first fact of these kinds still in the session when it ended (a retracted one was superseded).
    public LeadAccount? LeadAccount { get; private set; }
    public OwningAccount? OwningAccount { get; private set; }
    public CreatedAccount? CreatedAccount { get; private set; }
    public ChosenTerritory? ChosenTerritory { get; private set; }
    public DistributionChoice? DistributionChoice { get; private set; }

    public ReadOnlySpan<AccountCandidate> AccountCandidates => CollectionsMarshal.AsSpan(_accountCandidates);
    public ReadOnlySpan<MatchedAccount> MatchedAccounts => CollectionsMarshal.AsSpan(_matchedAccounts);
    public ReadOnlySpan<PreviousLead> PreviousLeads => CollectionsMarshal.AsSpan(_previousLeads);
    public ReadOnlySpan<AccountActivity> AccountActivities => CollectionsMarshal.AsSpan(_accountActivities);
    public ReadOnlySpan<TerritoryMatch> TerritoryMatches => CollectionsMarshal.AsSpan(_territoryMatches);
    public ReadOnlySpan<NearestTerritory> NearestTerritories => CollectionsMarshal.AsSpan(_nearestTerritories);
    public ReadOnlySpan<Candidate> Candidates => CollectionsMarshal.AsSpan(_candidates);
    public ReadOnlySpan<Exclusion> Exclusions => CollectionsMarshal.AsSpan(_exclusions);
    public ReadOnlySpan<OwnerClaim> Claims => CollectionsMarshal.AsSpan(_claims);

    /// <summary>Hot-priority reasons still in the session.</summary>
    public ReadOnlySpan<HotPriority> LiveHotPriorities => CollectionsMarshal.AsSpan(_hotPriorities);

    /// <summary>Decision flags still in the session.</summary>
    public ReadOnlySpan<DecisionFlag> LiveFlags => CollectionsMarshal.AsSpan(_flags);

    /// <summary>
    /// Account notes, created accounts, sightings, seniority requirements (met or not), weight
    /// adjustments and referrers, retracted or not; partner managers to tell of the lead, while
    /// they still are; and the lead when its fit is weak, with why, when it took fields from its
    /// account, with which, or when its segment came from its revenue.
    /// </summary>
    public List<object?> Notes => _notes ?? [];

    // The usual kinds first: a fact stops at its own case, and most facts are candidates and exclusions.
    private void Sort(object fact, DecisionTraceCapture capture)
    {
        switch (fact)
        {
            case Candidate candidate:
                Add(ref _candidates, candidate);
                break;
            case Exclusion exclusion:
                Add(ref _exclusions, exclusion);
                break;
            case TerritoryMatch match:
                Add(ref _territoryMatches, match);
                break;
            case AccountCandidate candidate:
                Add(ref _accountCandidates, candidate);
                break;
            case MatchedAccount matched:
                Add(ref _matchedAccounts, matched);
                break;
            case OwnerClaim claim:
                Add(ref _claims, claim);
                break;
            case PreviousLead previous:
                Add(ref _previousLeads, previous);
                break;
            case AccountActivity activity:
                Add(ref _accountActivities, activity);
                break;
            case NearestTerritory nearest:
                Add(ref _nearestTerritories, nearest);
                break;
            case DecisionFlag flag when !capture.IsRetracted(flag):
                Add(ref _flags, flag);
                break;
            case HotPriority hot when !capture.IsRetracted(hot):
                Add(ref _hotPriorities, hot);
                break;
            case LeadProfile lead when Lead is null:
                Lead = lead;

                // What made its fit weak, what it took from its account, and a segment read from its revenue
                // are told to the rep, who reads the notes but not the facts.
                if (lead.WeakOn != FitCriteria.None || lead.Filled != LeadFields.None || lead.SegmentFrom == SegmentSource.AnnualRevenue)
                {
                    Add(ref _notes, lead);
                }

                break;
            case RoutingPolicy policy:
                Policy ??= policy;
                break;
            case LeadAccount account when LeadAccount is null && !capture.IsRetracted(account):
                LeadAccount = account;
                break;
            case OwningAccount account when (OwningAccount is null || OwningAccount.Supersedes(account, OwningAccount)) && !capture.IsRetracted(account):
                OwningAccount = account;
                break;
            case ChosenTerritory chosen when ChosenTerritory is null && !capture.IsRetracted(chosen):
                ChosenTerritory = chosen;
                break;
            case DistributionChoice choice when DistributionChoice is null && !capture.IsRetracted(choice):
                DistributionChoice = choice;
                break;
            case CreatedAccount created:
                Add(ref _notes, created);
                CreatedAccount ??= capture.IsRetracted(created) ? null : created;
                break;
            case AccountNote or UnknownDomainSighting or SeniorityRequirement or UnmetRequirement or WeightAdjustment or ReferrerAccount:
                Add(ref _notes, fact);
                break;
            case PartnerNotification notification when !capture.IsRetracted(notification):
                Add(ref _notes, notification);
                break;
        }
    }

    private static void Add<T>(ref List<T>? list, T fact) => (list ??= new List<T>(4)).Add(fact);
}
