using RoutingRules.Domain.Matching;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Explain;

/// <summary>The sections of <see cref="TraceDetails"/> built from facts of one or two kinds each.</summary>
internal sealed partial class TraceAssembler
{
    private TraceLead DescribeLead()
    {
        if (_facts.Lead is not { } profile)
        {
            return new TraceLead();
        }

        var lead = profile.Lead;
        return new TraceLead
        {
            Id = lead.Id,
            Domain = profile.Domain,
            FreeMail = profile.IsFreeMail,
            CompanyName = lead.CompanyName,
            Country = lead.Country,
            Region = lead.Region,
            Department = lead.Department,
            City = lead.City,
            Industry = lead.Industry,
            EmployeeCount = lead.EmployeeCount,
            Segment = EnumNames<Segment>.Of(profile.Segment),
            Intent = EnumNames<IntentLevel>.Of(profile.Intent),
            Fit = EnumNames<FitLevel>.Of(profile.Fit),
            Language = profile.Language,
            Source = EnumNames<LeadSource>.Of(lead.Source),
            Signals = Signals(lead.IntentSignals),
            ContactLevel = EnumNames<ContactLevel>.Of(lead.ContactLevel),
            ContactDepartment = lead.ContactDepartment,
            TimeZone = lead.TimeZone,
            EstimatedDealValue = lead.EstimatedDealValue,
            Score = lead.Score,
            Referrer = lead.Referrer,
            Now = profile.Now,
        };
    }

    private static string[] Signals(IReadOnlyList<IntentSignal> signals)
    {
        var names = signals.Count == 0 ? [] : new string[signals.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = EnumNames<IntentSignal>.Of(signals[i]);
        }

        return names;
    }

    // In lookup order (the sort is stable, as the candidates' insertion order breaks ties).
    private List<TraceAccountMatch> Accounts()
    {
        var candidates = _facts.AccountCandidates.ToArray();
        StableSort.By(candidates, static c => c.Order);
        var accounts = new List<TraceAccountMatch>(candidates.Length);
        foreach (var c in candidates)
        {
            accounts.Add(new TraceAccountMatch(
                c.Account.Id, c.Account.Name, EnumNames<Snapshot.AccountMatchKind>.Of(c.Kind), c.Score, IsAccepted(c),
                EnumNames<AccountStatus>.Of(c.Account.Status), c.Account.OwnerId, c.Account.ParentAccountId)
            {
                MatchedOn = MatchedOn(c.Kind),
            });
        }

        return accounts;
    }

    // The lead's value each lookup used. The profile's domain is the e-mail's whenever an e-mail
    // candidate exists, not always the website's: that one is worked out again, once per trace.
    private string? MatchedOn(Snapshot.AccountMatchKind kind) => kind switch
    {
        Snapshot.AccountMatchKind.Domain => _facts.Lead?.Domain,
        Snapshot.AccountMatchKind.Website => DomainNames.RegistrableDomain(_facts.Lead?.Lead.Website),
        _ => _facts.Lead?.Lead.CompanyName,
    };

    // A lead has a handful of matched accounts at most: a scan beats building a set.
    private bool IsAccepted(AccountCandidate candidate)
    {
        foreach (var matched in _facts.MatchedAccounts)
        {
            if (ReferenceEquals(matched.Candidate, candidate))
            {
                return true;
            }
        }

        return false;
    }

    // The lead's history, then the latest recent lead of each account a rep received, unless the history names it.
    private List<TracePreviousOwner> PreviousOwners()
    {
        var previous = _facts.PreviousLeads;
        var activities = _facts.AccountActivities;
        var owners = new List<TracePreviousOwner>(previous.Length + activities.Length);
        foreach (var p in previous)
        {
            owners.Add(new TracePreviousOwner(p.Id, p.AccountId, p.OwnerId, EnumNames<LeadOutcome>.Of(p.Outcome), p.ReceivedAt));
        }

        foreach (var a in activities)
        {
            if (a.LatestLeadId is { } leadId && a.LatestAt is { } at && !IsPreviousLead(previous, leadId))
            {
                owners.Add(new TracePreviousOwner(leadId, a.AccountId, a.LatestRepId, null, at));
            }
        }

        return owners;
    }

    private static bool IsPreviousLead(ReadOnlySpan<PreviousLead> previous, string leadId)
    {
        foreach (var p in previous)
        {
            if (string.Equals(p.Id, leadId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private List<TraceTerritory> Territories()
    {
        var chosen = _facts.ChosenTerritory;
        // A nearest territory (no territory matched) is no TerritoryMatch fact, but it is the one chosen.
        var matched = _facts.TerritoryMatches;
        var nearest = _facts.NearestTerritories;
        var matches = new TerritoryMatch[matched.Length + nearest.Length];
        matched.CopyTo(matches);
        for (var i = 0; i < nearest.Length; i++)
        {
            matches[matched.Length + i] = nearest[i].Match;
        }

        StableSort.By(matches, static t => t.DimensionRank);
        var territories = new List<TraceTerritory>(matches.Length);
        foreach (var t in matches)
        {
            var isChosen = chosen is not null && ReferenceEquals(chosen.Match, t);
            territories.Add(new TraceTerritory(
                t.Id, t.Territory.Name, EnumNames<VerticalMatch>.Of(t.Vertical), EnumNames<GeographyLevel>.Of(t.Geography), t.Segment,
                t.DimensionRank, t.ScoreRank, isChosen, isChosen ? chosen!.How : null));
        }

        return territories;
    }

    private List<TraceClaim> Claims(OwnerClaim? wonClaim)
    {
        var claims = _facts.Claims;
        var list = new List<TraceClaim>(claims.Length);
        foreach (var c in claims)
        {
            list.Add(new TraceClaim(
                EnumNames<RoutingLevel>.Of(c.Level), c.Rank, c.Rep?.Id, c.Rep?.Rep.Name, c.Queue, c.AccountId, c.Reason, RuleOf(c), ReferenceEquals(c, wonClaim)));
        }

        return list;
    }

    private List<string> HotReasons()
    {
        var hot = _facts.LiveHotPriorities;
        var reasons = new List<string>(hot.Length);
        foreach (var h in hot)
        {
            reasons.Add(h.Reason);
        }

        return reasons;
    }
}
