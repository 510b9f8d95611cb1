using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Routing.Facts;

/// <summary>
/// The lead with what the rules derive from it once, before any rule fires but those that decide
/// the lead's account: the lead may be completed from that account first (<see cref="CompletedFrom"/>).
/// </summary>
public sealed class LeadProfile(
    Lead lead,
    string? domain,
    bool isFreeMail,
    Segment segment,
    IntentLevel intent,
    FitCriteria weakOn,
    string language,
    DateTimeOffset now,
    Account? filledFrom = null,
    LeadFields filled = LeadFields.None,
    SegmentSource segmentFrom = SegmentSource.EmployeeCount)
{
    /// <summary>The lead as routed: its own fields, and those of <see cref="Filled"/> taken from its account.</summary>
    public Lead Lead { get; } = lead;

    /// <summary>The account <see cref="Filled"/> came from (the lead's matched account); null when nothing was taken.</summary>
    public Account? FilledFrom { get; } = filledFrom;

    /// <summary>The fields of <see cref="Lead"/> the lead did not give, taken from <see cref="FilledFrom"/>.</summary>
    public LeadFields Filled { get; } = filled;

    /// <summary>
    /// Registrable domain of the lead's company: the e-mail's, else (no e-mail, or a free-mail one)
    /// the website's; a free-mail domain only when the lead gave no other, and then <see cref="IsFreeMail"/>.
    /// </summary>
    public string? Domain { get; } = domain;

    /// <summary>
    /// <see cref="Domain"/> is a free-mail one: the lead gave no corporate domain. A free-mail e-mail
    /// beside a corporate website is not this: the website's domain is the lead's.
    /// </summary>
    public bool IsFreeMail { get; } = isFreeMail;

    /// <summary>
    /// Employee band; when the size is unknown, the revenue band under the policy's revenue bands,
    /// else the policy's default segment (<see cref="SegmentFrom"/> says which).
    /// </summary>
    public Segment Segment { get; } = segment;

    /// <summary>What <see cref="Segment"/> was worked out from (<see cref="Policy.TerritoryPolicy.Classify"/>).</summary>
    public SegmentSource SegmentFrom { get; } = segmentFrom;

    public IntentLevel Intent { get; } = intent;

    /// <summary>The ideal customer profile's criteria the lead fails, which make its fit weak; none for a strong fit.</summary>
    public FitCriteria WeakOn { get; } = weakOn;

    /// <summary>Strong when the lead fails none of the profile's criteria (<see cref="WeakOn"/>).</summary>
    public FitLevel Fit { get; } = Logic.LeadClassifier.Fit(weakOn);

    /// <summary>Preferred language, or the policy's default language when unknown.</summary>
    public string Language { get; } = language;

    /// <summary>The routing clock: every time window is measured from here.</summary>
    public DateTimeOffset Now { get; } = now;

    /// <summary>
    /// The contact's seniority: the lead's contact level, else the one its job title states
    /// (<see cref="JobTitleSeniority"/>; then <see cref="ContactLevelFromTitle"/>).
    /// </summary>
    public ContactLevel ContactLevel { get; } = ContactLevelOf(lead);

    /// <summary>The lead gave no contact level: <see cref="ContactLevel"/> is read from its title.</summary>
    public bool ContactLevelFromTitle => Lead.ContactLevel == ContactLevel.Unknown && ContactLevel != ContactLevel.Unknown;

    public bool IsExecutive => ContactLevel is ContactLevel.CLevel or ContactLevel.VicePresident;

    public bool IsCorporateDomain => Domain is not null && !IsFreeMail;

    public bool HasSignal(IntentSignal signal) => Lead.IntentSignals.Contains(signal);

    /// <summary>
    /// This profile with <paramref name="fields"/> of its lead taken from <paramref name="account"/>, and
    /// what they decide worked out again (segment, fit); the rest does not read them.
    /// </summary>
    public LeadProfile CompletedFrom(Account account, LeadFields fields, Policy.RoutingPolicy policy)
    {
        var completed = Logic.AccountFill.Apply(Lead, account, fields);
        var (segment, segmentFrom) = policy.Territories.Classify(completed.EmployeeCount, completed.AnnualRevenue);
        return new LeadProfile(completed, Domain, IsFreeMail, segment, Intent,
            Logic.LeadClassifier.WeakOn(completed, policy), Language, Now, account, fields, segmentFrom);
    }

    private static ContactLevel ContactLevelOf(Lead lead) =>
        lead.ContactLevel != ContactLevel.Unknown ? lead.ContactLevel : JobTitleSeniority.Of(lead.Title);

    public override string ToString() => $"lead {Lead.Id} ({Domain ?? "no domain"}, {Segment}, intent {Intent}, fit {Fit})";
}
