using System.Numerics;

namespace RoutingRules.Domain.Explain.Binary;

/// <summary>
/// The well-known texts of a stored trace (format 3): the fact types and field keys
/// <see cref="FactDescriber"/> writes, the names of the Domain's enums, and the trace's own fixed
/// texts. Every trace of every deployment writes many of them; one in this table is stored as a
/// one- or two-byte code naming its index (see <see cref="TraceBinary"/>), not as its UTF-8 text.
/// The rules' own texts (rule names, reasons) are not here: the Domain does not know them, and
/// they change with the rule set.
/// </summary>
/// <remarks>
/// Append only. A stored trace refers to an entry by its index, for ever: removing, reordering or
/// editing an entry would make every trace stored before read different texts (or fail), and
/// nothing in the trace could tell. A new name is appended at the end; a name no longer used stays.
/// A test pins the entries. The most frequent texts come first, as the first 41 take one byte (61 in format 3).
/// </remarks>
internal static class TraceStaticTable
{
    private static readonly string[] Entries =
    [
        // Most frequent in a routed trace (one-byte codes).
        "rep", "territory", "status", "Rep", "openLeads", "Available", "rank", "Candidate", "EligibleCandidate",
        "Collection", "count", "account", "None", "domain", "level", "StandardAe", "Unknown", "Domain",
        "treatment", "SeniorityRequirement", "profile", "WeightAdjustment", "factor", "reason", "kind", "Territory",
        "Region", "Exclusion", "actual", "limit", "Country", "Strong", "SlaAssessment", "leadType", "respondBy",
        "escalateAt", "Lead", "id", "segment", "intent", "fit", "score", "RoutingPolicy", "TerritoryMatch",
        "vertical", "geography", "dimensionRank", "scoreRank", "ChosenTerritory", "by", "TreatmentAssessment",
        "Assignment", "DecisionDraft", "priority", "UnknownDomainSighting", "earlierLeads", "ContentDownload", "Sdr",
        "High", "Weak", "HighIntentMql",

        // The other fact types and field keys of FactDescriber.
        "DistributionChoice", "strategy", "inputs", "cursor", "queue", "AccountCandidate", "MatchedAccount",
        "LeadAccount", "OwningAccount", "subsidiary", "OwnerClaim", "NearestTerritory", "area", "HotPriority",
        "DecisionFlag", "flag", "RecentLead", "lead", "at", "PreviousLead", "outcome", "Opportunity", "opportunity",
        "CreatedAccount", "owner", "firstOwner", "DomainSighted", "AccountNote", "note", "QueueLoad", "length",
        "FallbackQueues", "defaultPool", "priorityQueue", "escalation", "NoTerritoryMatch", "country", "department",
        "industry", "IpAccountSignal", "name", "range", "ReferrerAccount", "Value", "value",

        // The names of the Domain's enums, each once, enum by enum.
        "Name", "Alias", "Fuzzy",
        "CLevel", "VicePresident", "Director", "Manager", "IndividualContributor",
        "DemoRequest", "PricingPageVisit", "ContactSalesForm", "OutboundReply", "WebinarAttendance",
        "CaseStudyEngagement", "NewsletterSignup", "EventBadgeScan",
        "Normal", "Hot",
        "Referral", "PaidSearch", "Organic", "Event", "Chat", "Partner", "Other",
        "ManualReviewMatch", "HighAccountActivity", "OwnerAbsent", "TimeZoneMismatch", "CapacityOverflow",
        "AutoCreatedAccount", "OwnerNotified", "QueueCapacityAlert", "IpNetworkAccount",
        "Strategic", "NamedAccount", "CustomerOwner", "AccountManager", "OpenOpportunity", "PreviousOwner",
        "ChurnWinBack", "Competitor", "Backup", "DefaultPool", "Escalation", "Specialist", "PriorityQueue",
        "SeniorAeImmediate", "SdrQualification", "SdrAccelerated", "MarketingNurture", "NurtureWithMonitoring", "Disqualify",
        "Department", "City", "PostalCode",
        "Low", "Medium",
        "SeniorAe", "MidLevelAe", "JuniorAeOrSdr",
        "Secondary", "Primary",
        "Queue",
        "Nurture",
        "DimensionPriority", "MatchScore",
        "Vertical", "Geography", "Segment",
        "Prospect", "Customer", "Churned",
        "Single", "RoundRobin", "Weighted", "LoadBalanced", "RepScore",
        "Open", "Converted", "ClosedLost", "Disqualified",
        "ClosedWon",
        "AccountExecutive", "PartnerManager",
        "InMeeting", "Away",
        "Smb", "MidMarket", "Enterprise",
        "Junior", "Mid", "Senior",

        // Field keys added since.
        "threshold",

        // Distribution bases (format 6 writes them as numbers; listed as every domain enum's names are).
        "LeadsPerWeight", "WorkloadScore", "TopPerformer",

        // The SLA escalation: its flag, level and targets, and its fact's type and field keys.
        "SlaEscalated", "SlaEscalation", "TerritoryBackup", "previousRep", "previousRepName", "previousDecision", "missedAt", "target",

        // An account's recent leads summed up (one fact in place of one RecentLead per lead).
        "AccountActivity", "leads",

        // A seniority requirement no eligible member met.
        "UnmetRequirement",

        // An account found by the lead's website domain, told apart from its e-mail's.
        "Website",

        // A manual assignment (AssignLead): its level, its flags (the first also its fact's type) and its fact's own field keys.
        "Manual", "ManualAssignment", "TakenFromQueue", "assignedBy", "previousQueue",

        // The ideal customer profile's criteria (FitCriteria).
        "Size", "Score", "Industry",

        // The lead fact's field naming the criteria that made its fit weak.
        "weakOn",

        // The owner of a prospect account (accounts.prospectOwnerRoutes), a routing level.
        "AccountOwner",

        // The lead's fields taken from its matched account (LeadFields; Industry and Country are above), and the lead fact's keys naming them and the account.
        "EmployeeCount", "filled", "filledFrom",

        // What a lead's segment was worked out from (SegmentSource; EmployeeCount is above).
        "AnnualRevenue", "DefaultSegment",

        // The lead fact's keys for a segment worked out from the annual revenue, and that revenue.
        "segmentFrom", "annualRevenue",

        // Who sourced an account with a partner manager (PartnerSourcing; "Partner" is a lead source's name above).
        "Direct",

        // The flag of a lead whose account's partner manager is told of it, and its note's type and field keys.
        "PartnerNotified", "PartnerNotification", "repName", "departed",

        // Why no territory matched a lead (UnmatchedReason, the NoTerritoryMatch fact's "reason"; "Unknown" is above).
        "MissingData", "UncoveredCountry", "UncoveredArea", "UncoveredIndustry", "UncoveredSegment",
    ];

    // Open addressing on a hash of the length and three characters, at most a quarter full: most
    // texts that are not entries end at an empty slot or a length that differs (which string
    // equality tests first). Cheaper than a frozen dictionary, which hashes the text it looks up.
    private static readonly int SlotBits = BitOperations.Log2(BitOperations.RoundUpToPowerOf2((uint)Entries.Length * 4));
    private static readonly (string? Text, int Index)[] Slots = Build();

    public static int Count => Entries.Length;

    /// <summary>The entries in index order.</summary>
    public static ReadOnlySpan<string> All => Entries;

    /// <summary>The entry at <paramref name="index"/>; throws <see cref="FormatException"/> past the end (a trace from a later table, or corrupt).</summary>
    public static string At(ulong index) => index < (ulong)Entries.Length ? Entries[(int)index] : throw TraceBinaryReader.Corrupt();

    /// <summary>The index of the entry equal to <paramref name="text"/> (by value), or -1.</summary>
    public static int IndexOf(string text)
    {
        if (text.Length == 0)
        {
            return -1;
        }

        var mask = Slots.Length - 1;
        for (var slot = Slot(text); Slots[slot].Text is { } entry; slot = (slot + 1) & mask)
        {
            if (string.Equals(entry, text))
            {
                return Slots[slot].Index;
            }
        }

        return -1;
    }

    private static int Slot(string text)
    {
        var mixed = ((uint)text.Length * 0x9E3779B1u) ^ ((uint)text[0] << 8) ^ ((uint)text[^1] << 16) ^ text[text.Length >> 1];
        return (int)((mixed * 0x85EBCA6Bu) >> (32 - SlotBits));
    }

    private static (string?, int)[] Build()
    {
        var slots = new (string?, int)[1 << SlotBits];
        for (var i = 0; i < Entries.Length; i++)
        {
            var slot = Slot(Entries[i]);
            while (slots[slot].Item1 is not null)
            {
                slot = (slot + 1) & (slots.Length - 1);
            }

            slots[slot] = (Entries[i], i);
        }

        return slots;
    }
}
