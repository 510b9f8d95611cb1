namespace RoutingRules.Domain.Policy;

/// <summary>SLA table by lead type (DOMAIN.md §5); a lead type can appear once.</summary>
public sealed record SlaPolicy
{
    public static readonly IReadOnlyList<SlaRule> DefaultRules =
    [
        // Minutes and hours count in working hours (SlaRule.CountsBusinessHours), days on the calendar.
        new(LeadType.DemoRequest, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30), BusinessHours: true),
        new(LeadType.HighIntentMql, TimeSpan.FromHours(4), TimeSpan.FromHours(8), BusinessHours: true),
        new(LeadType.Event, TimeSpan.FromHours(24), TimeSpan.FromHours(72), TimeSpan.FromHours(48)),
        new(LeadType.ContentDownload, TimeSpan.FromDays(5), TimeSpan.FromDays(10), BusinessDays: true, EscalationBusinessDays: false),
    ];

    public IReadOnlyList<SlaRule> Rules { get; init; } = DefaultRules;

    /// <summary>
    /// The IANA time zone whose working hours an SLA in business hours counts in when the lead
    /// gives no (known) time zone of its own.
    /// </summary>
    public string DefaultTimeZone { get; init; } = "UTC";

    /// <summary>Executive contacts (C-level, VP) get this lead type's SLA.</summary>
    public LeadType ExecutiveLeadType { get; init; } = LeadType.DemoRequest;

    /// <summary>
    /// A lead assigned to a rep and not acknowledged by its escalation time is reassigned
    /// automatically (DOMAIN.md §5): to the territory's backup, else the rep's manager, else the
    /// escalation queue. Off: nothing is escalated (the escalation time is still given).
    /// </summary>
    public bool AutoEscalation { get; init; } = true;

    /// <summary>
    /// Whether an escalation time counted on the calendar (an event's 72 hours, a content download's
    /// 10 days) that falls outside the lead's working hours (nights, weekends, holidays) moves to the
    /// next opening, so that the backup it hands the lead to is at work and the assignee keeps the
    /// night. Escalations counted in working hours or business days are inside them already.
    /// </summary>
    public bool EscalateInWorkingHours { get; init; } = true;

    /// <summary>How often the server looks for unacknowledged leads past their escalation time.</summary>
    public TimeSpan EscalationSweepInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// This lead type's rule; a policy that leaves the type out gets DOMAIN.md's default for it
    /// (<see cref="DefaultRules"/> names every type), not some other type's target.
    /// </summary>
    public SlaRule For(LeadType leadType) =>
        IndexOf(Rules, leadType) is var i and >= 0 ? Rules[i] : DefaultRules[IndexOf(DefaultRules, leadType)];

    /// <summary>The first rule of <paramref name="leadType"/> in <paramref name="rules"/>, or -1.</summary>
    internal static int IndexOf(IReadOnlyList<SlaRule> rules, LeadType leadType)
    {
        // By index: a foreach over the interface made an enumerator at each of the several calls per routed lead.
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].LeadType == leadType)
            {
                return i;
            }
        }

        return -1;
    }
}
