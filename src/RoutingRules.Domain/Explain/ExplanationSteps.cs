using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Escalation;

namespace RoutingRules.Domain.Explain;

/// <summary>The ordered steps of an explanation: account match, territory and distribution, owner decision, treatment, SLA, flags.</summary>
internal static class ExplanationSteps
{
    /// <summary>The levels where the territory's members were weighed: elsewhere an owner or a queue took the lead whatever they were.</summary>
    internal static readonly HashSet<RoutingLevel> TerritoryLevels = [RoutingLevel.Territory, RoutingLevel.Backup, RoutingLevel.DefaultPool, RoutingLevel.PriorityQueue, RoutingLevel.Escalation];

    public static void Append(RenderContext c, List<ExplanationStep> steps)
    {
        Match(c, steps);
        AccountFillStep.Append(c, steps);
        RevenueSegmentStep.Append(c, steps);
        // A territory-level decision (a member, the backup, a queue) follows from the territory and
        // its members, so they come first; Territory adds nothing for the account levels.
        Territory(c, steps);
        Decision(c, steps);
        Outcome(c, steps);
        if (!c.ForRep && ManualAssignmentStep.Applies(c))
        {
            steps.Add(c.Step("versions.manual", ("ruleSet", c.Details.RuleSetVersion), ("policy", c.Details.PolicyVersion)));
        }
        else if (!c.ForRep)
        {
            var d = c.Details;
            steps.Add(c.Step("versions", ("ruleSet", d.RuleSetVersion.Length > 0 ? d.RuleSetVersion : c.Decision.RuleSetVersion),
                ("policy", d.PolicyVersion), ("count", d.Firings.Count.ToString(c.Catalog.Culture)),
                ("rules", string.Join(c.Text("list.separator"), d.Firings.Select(f => f.Rule)))));
        }
    }

    // The subsidiary's parent gave no owner, so the subsidiary's own ownership applied.
    private const string SubsidiaryOwnAccountRule = "Matching.SubsidiaryOwnAccount";

    private static void Match(RenderContext c, List<ExplanationStep> steps)
    {
        var d = c.Details;
        var matched = d.Accounts.FirstOrDefault(a => a.AccountId == d.LeadAccountId);
        if (matched is not null)
        {
            var fuzzy = matched.Kind == "Fuzzy";
            var network = fuzzy ? IpSignalFacts.CorroboratingRange(d, matched.AccountId) : null;
            // An account created for a domain bears its name: "novacorp.io, matched by its email domain novacorp.io" says it twice.
            var named = string.Equals(matched.Name, matched.MatchedOn, StringComparison.OrdinalIgnoreCase) ? "match.account.self" : "match.account";
            steps.Add(c.Step(network is not null ? "match.account.ip" : fuzzy ? "match.account.fuzzy" : named, ("account", matched.Name),
                ("method", c.Catalog.Label("method", matched.Kind)), ("value", matched.MatchedOn), ("score", c.Number(matched.Score)), ("range", network)));
            if (!c.ForRep)
            {
                foreach (var other in d.Accounts.Where(a => a.AccountId != matched.AccountId))
                {
                    steps.Add(c.Step("match.rejected", ("account", other.Name), ("method", c.Catalog.Label("method", other.Kind)), ("score", c.Number(other.Score))));
                }
            }

            if (d.OwningAccountId is { } owning && owning != matched.AccountId)
            {
                steps.Add(c.Step("match.parent", ("subsidiary", matched.Name)));
            }
            else if (matched.ParentId is { } parent && d.Firings.Any(f => f.Rule == SubsidiaryOwnAccountRule))
            {
                // The parent's name is in its owning-account fact (traces stored before it was recorded give its id).
                var parentName = d.Facts.FirstOrDefault(f => f.Type == "OwningAccount" && f["account"] == parent)?["name"] ?? parent;
                steps.Add(c.Step("match.parent.unclaimed", ("subsidiary", matched.Name), ("parent", parentName)));
            }
        }
        else if (d.Notes.FirstOrDefault(n => n.Type == "CreatedAccount") is { } created)
        {
            // An account created without a company name is named after its domain: saying both would repeat it.
            var name = c.AccountName ?? created["account"];
            var key = string.Equals(name, d.Lead.Domain, StringComparison.OrdinalIgnoreCase) ? "match.created.domain" : "match.created";
            // No rep received any of the domain's leads: the reader should not look for an owner.
            steps.Add(c.Step(created["owner"] is null ? key + ".unowned" : key, ("account", name)));
        }
        else if (d.Lead.Id.Length > 0)
        {
            steps.Add(c.Step(d.Lead.FreeMail ? "match.freemail" : "match.none", ("value", d.Lead.Domain ?? d.Lead.CompanyName ?? "?")));
        }
    }

    private static void Decision(RenderContext c, List<ExplanationStep> steps)
    {
        if (ManualAssignmentStep.Applies(c))
        {
            ManualAssignmentStep.Append(c, steps);
            return;
        }

        var d = c.Details;
        var rule = d.DecidingRule ?? string.Empty;
        var key = c.Variant("decision." + rule);
        var firing = d.Firings.LastOrDefault(f => f.Rule == rule);
        var facts = firing is null ? [] : d.FactsAt(firing.Matched).SelectMany(f => f.Fields.Select(kv => KeyValuePair.Create(f.Type + "." + kv.Key, kv.Value)));
        var escalation = c.Decision.Level == RoutingLevel.SlaEscalation;
        if (c.Catalog.Has(key))
        {
            steps.Add(escalation ? EscalationStep(c, key, facts.ToList()) : c.Step(key, facts));
        }
        else if (!TerritoryLevels.Contains(c.Decision.Level) || c.Details.Distribution is null)
        {
            steps.Add(c.Step(c.Variant("decision.level"), ("rule", rule)));
        }

        // An escalation has no territory step of its own: say where the lead was routed unless the decision's message did.
        if (escalation && c.Decision.TerritoryName is not null && c.Catalog.Template(key)?.Contains("{territory}", StringComparison.Ordinal) != true)
        {
            steps.Add(c.Step("escalation.territory"));
        }

        var chosen = d.Territories.FirstOrDefault(t => t.Chosen);
        var won = d.Claims.FirstOrDefault(x => x.Won);
        if (won is not null && chosen is not null && !TerritoryLevels.Contains(c.Decision.Level))
        {
            // What outranked the territory depends on the claim: not every claim is the account owner's.
            var what = c.Catalog.Template("precedence." + (won.Rule ?? rule)) ?? c.Text("precedence.other");
            steps.Add(c.Step("decision.precedence", ("territory", chosen.Name), ("what", what)));
        }

        if (!c.ForRep)
        {
            foreach (var lost in d.Claims.Where(x => !x.Won && !(x.Level == won?.Level && x.RepId == won?.RepId && x.Queue == won?.Queue)))
            {
                steps.Add(c.Step("claims.lost", ("level", c.Catalog.Label("level", lost.Level)), ("owner", lost.RepName ?? lost.Queue), ("rule", lost.Rule)));
            }
        }
    }

    /// <summary>An SLA escalation's step: its fact's figures, with the missed escalation time on the reader's clock.</summary>
    private static ExplanationStep EscalationStep(RenderContext c, string key, List<KeyValuePair<string, string>> facts)
    {
        var missed = facts.FirstOrDefault(f => f.Key == SlaEscalator.FactType + ".missedAt").Value;
        var missedAt = DateTimeOffset.TryParse(missed, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var at)
            ? c.Time(at)
            : "?";
        return c.Step(key, facts, ("missedAt", missedAt));
    }

    private static void Territory(RenderContext c, List<ExplanationStep> steps)
    {
        var d = c.Details;
        var chosen = d.Territories.FirstOrDefault(t => t.Chosen);
        if (!TerritoryLevels.Contains(c.Decision.Level) || chosen is null)
        {
            return;
        }

        steps.Add(chosen.ChosenBy == Routing.Facts.ChosenTerritory.ByNearest
            ? c.Step("territory.nearest", ("territory", chosen.Name))
            : c.Step(d.Territories.Count == 1 ? "territory.only" : "territory.chosen", ("count", d.Territories.Count.ToString(c.Catalog.Culture)), ("territory", chosen.Name),
                ("how", chosen.ChosenBy is { } how ? c.Catalog.Label("how", how) : string.Empty),
                ("geography", GeographyLevel(c, chosen.Geography)), ("vertical", c.Catalog.Label("vertical", chosen.Vertical))));
        var assignee = c.Decision.Assignee.RepId;
        if (c.ForRep)
        {
            var others = d.Candidates.Where(x => x.RepId != assignee && !x.Eligible).ToList();
            if (others.Count > 0)
            {
                // Why, in kinds only (no one's name or figures): 'availability or capacity' was wrong for a rep who gave way to a senior AE.
                var reasons = others.SelectMany(x => x.Exclusions)
                    .Select(x => c.Catalog.Template("others.reason." + x.Rule) ?? c.Text("others.reason.other"))
                    .Distinct(StringComparer.Ordinal);
                // "Other" members only when the rep is one of them: a backup or a queue took the lead from outside the territory.
                var key = d.Candidates.Any(x => x.RepId == assignee) ? "territory.others.excluded" : "territory.members.excluded";
                steps.Add(c.Step(key, ("count", others.Count.ToString(c.Catalog.Culture)), ("territory", chosen.Name),
                    ("reasons", string.Join(c.Text("list.separator"), reasons))));
            }
        }
        else
        {
            foreach (var candidate in d.Candidates)
            {
                foreach (var x in candidate.Exclusions)
                {
                    var actual = ExclusionFigures.Actual(c, x);
                    var limit = ExclusionFigures.Limit(c, x);
                    var key = c.Catalog.Has("exclusion." + x.Rule) ? "exclusion." + x.Rule : GenericExclusionKey(actual, limit);
                    steps.Add(c.Step(key, ("rep", $"{candidate.RepName} ({candidate.RepId})"), ("reason", x.Reason), ("actual", actual), ("limit", limit)));
                }

                if (candidate.Eligible)
                {
                    steps.Add(c.Step("candidate.eligible", ("rep", $"{candidate.RepName} ({candidate.RepId})"),
                        ("openLeads", candidate.OpenLeads.ToString(c.Catalog.Culture)), ("cap", candidate.OpenLeadsCap.ToString(c.Catalog.Culture)),
                        ("today", candidate.AssignedToday.ToString(c.Catalog.Culture)), ("overdue", candidate.OverdueFollowUps.ToString(c.Catalog.Culture))));
                }
            }
        }

        DistributionStep.Append(c, steps, chosen);
    }

    /// <summary>The level a territory matched at; the lead's "department" field is a French département only in France, a state or province elsewhere.</summary>
    private static string GeographyLevel(RenderContext c, string geography) =>
        c.Catalog.Label("geo", geography == "Department" && !string.Equals(c.Details.Lead.Country, "FR", StringComparison.OrdinalIgnoreCase)
            ? "State"
            : geography);

    /// <summary>A rule with no sentence of its own: its reason, with only the figures it recorded (an empty one read "(, limit 5)").</summary>
    private static string GenericExclusionKey(string actual, string limit) => (actual.Length > 0, limit.Length > 0) switch
    {
        (true, true) => "exclusion.other",
        (true, false) => "exclusion.other.actual",
        (false, true) => "exclusion.other.limit",
        _ => "exclusion.other.reason",
    };

    private static void Outcome(RenderContext c, List<ExplanationStep> steps)
    {
        var d = c.Details;
        var lead = d.Lead;
        var treatment = c.Catalog.Label("treatment", c.Decision.Treatment.ToString());
        // An escalation of a decision whose trace was removed knows the treatment but not the lead's intent and fit.
        steps.Add(lead.Intent.Length == 0
            ? c.Step("untraced.treatment", ("treatment", treatment))
            : c.Step(TreatmentKey(c), ("treatment", treatment), ("intent", c.Catalog.Label("intent", lead.Intent)), ("fit", c.Catalog.Label("fit", lead.Fit))));
        WeakFitStep.Append(c, steps);
        RequirementStep.Append(c, steps);
        if (d.Sla is { } sla)
        {
            // The lead type alone would misname an SLA borrowed from another type (executives, leads of no type).
            var leadType = c.Catalog.Label("leadType", sla.LeadType);
            var basis = sla.Rule is { } rule && c.Catalog.Has("sla.basis." + rule) ? c.Text("sla.basis." + rule, ("leadType", leadType)) : leadType;
            var key = c.Superseded ? "sla.superseded"
                : c.SlaFromSubmission && c.SlaTimeLeft <= TimeSpan.Zero ? "sla.due"
                : c.SlaWaitsForBusinessHours ? "sla.businessHours"
                : c.SlaFromSubmission ? "sla.submitted" : "sla";
            steps.Add(c.Step(key, ("leadType", basis), ("startedAt", sla.StartedAt is { } started ? c.Time(started) : null), ("zone", sla.BusinessHoursZone)));
            if (sla.AfterHolidays == true && !c.Superseded)
            {
                steps.Add(c.Step("sla.holidays"));
            }
        }

        if (c.Decision.Priority == LeadPriority.Hot)
        {
            steps.Add(c.Step("priority.hot", ("reasons", string.Join(c.Text("list.separator"), d.HotReasons.Select(r => c.Catalog.Label("hot", r))))));
        }

        Flags(c, steps);
    }

    /// <summary>The treatment step: the table's wording, or the wording of a rule that set the table aside (an executive contact).</summary>
    private static string TreatmentKey(RenderContext c) =>
        c.Details.Treatment?.Rule is { } rule && c.Catalog.Has("treatment.rule." + rule) ? "treatment.rule." + rule : "treatment";

    /// <summary>The partner managers the trace says to tell of the lead (none in a trace without the note: the general sentence then).</summary>
    private static List<TraceFact> PartnerNotifications(TraceDetails d) => d.Notes.Where(n => n.Type == "PartnerNotification").ToList();

    /// <summary>
    /// Why the decision's lead matched no territory, when the decision recorded it (not before reasons were
    /// kept) with the value its sentence names (a lead with only secondary industries names none).
    /// </summary>
    private static UnmatchedLead? Why(UnmatchedLead? unmatched) => unmatched switch
    {
        null or { Reason: UnmatchedReason.Unknown } => null,
        { Reason: UnmatchedReason.UncoveredCountry or UnmatchedReason.UncoveredArea, Country: null } => null,
        { Reason: UnmatchedReason.UncoveredIndustry, Industry: null } => null,
        _ => unmatched,
    };

    /// <summary>A step per flag of the decision, with the trace's particulars where it has them.</summary>
    public static void Flags(RenderContext c, List<ExplanationStep> steps)
    {
        var d = c.Details;
        foreach (var flag in Enum.GetValues<RoutingFlags>())
        {
            if (flag == RoutingFlags.IpNetworkAccount && c.Decision.Flags.HasFlag(flag))
            {
                var flagged = IpSignalFacts.Flagged(d);
                foreach (var (name, range) in flagged)
                {
                    steps.Add(c.Step("flag." + flag, ("ipAccount", name), ("range", range)));
                }

                if (flagged.Count == 0)
                {
                    steps.Add(c.Step("flag." + flag + ".unnamed"));
                }
            }
            else if (flag == RoutingFlags.PartnerNotified && !c.ForRep && c.Decision.Flags.HasFlag(flag) && PartnerNotifications(d) is { Count: > 0 } notifications)
            {
                // Whom to tell, for ops only: a rep's explanation names no rep but the assignee, so the rep reads the general sentence.
                foreach (var n in notifications)
                {
                    steps.Add(c.Step(n["departed"] is null ? "flag.PartnerNotified.ops" : "flag.PartnerNotified.ops.departed",
                        ("account", n["name"] ?? c.AccountName), ("partnerManager", n["repName"] is { } name ? $"{name} ({n["rep"]})" : n["rep"])));
                }
            }
            else if (flag == RoutingFlags.NoTerritoryMatch && !c.ForRep && c.Decision.Flags.HasFlag(flag) && Why(c.Decision.Unmatched) is { } why)
            {
                // Ops review why leads go unmatched (missing data, new geographies, new industries): the flag's sentence says which.
                steps.Add(c.Step("flag." + flag + "." + why.Reason, ("country", why.Country), ("industry", why.Industry)));
            }
            else if (flag is RoutingFlags.NoTerritoryMatch or RoutingFlags.CapacityOverflow && c.ForRep)
            {
                // Ops measures (the unmatched-territory share, overflows); the decision's step already
                // tells the rep that no territory covers the lead or that its members were all taken.
            }
            else if (flag == RoutingFlags.OwnerAbsent && c.ForRep && d.DecidingRule?.StartsWith("Accounts.AbsentOwner", StringComparison.Ordinal) == true)
            {
                // The absent-owner rules' own step already tells the rep that the owner is away.
            }
            else if (flag == RoutingFlags.ManualReviewMatch && c.Decision.Flags.HasFlag(flag) && ReviewMatchFacts.Candidate(d) is { } candidate)
            {
                steps.Add(c.Step(c.Variant("flag." + flag), ("candidate", candidate.Name), ("score", c.Number(ReviewMatchFacts.Shown(candidate.Score))),
                    ("value", candidate.MatchedOn ?? d.Lead.CompanyName ?? "?")));
            }
            else if (flag != RoutingFlags.None && c.Decision.Flags.HasFlag(flag))
            {
                steps.Add(c.Step("flag." + flag, ("nextContact", c.Decision.NextContactAt is { } next ? c.Time(next) : string.Empty)));
            }
        }
    }
}
