namespace RoutingRules.Domain.Routing;

/// <summary>Which level of the priority chain (DOMAIN.md §2) decided the owner.</summary>
public enum RoutingLevel
{
    Strategic,
    NamedAccount,
    CustomerOwner,
    AccountManager,
    OpenOpportunity,
    PreviousOwner,
    ChurnWinBack,
    Partner,
    Competitor,
    Territory,
    Backup,
    DefaultPool,
    Escalation,

    /// <summary>An enterprise account's department specialist (the account owner is told).</summary>
    Specialist,

    /// <summary>The owner of the referrer's account.</summary>
    Referral,

    /// <summary>The priority queue, ranked by lead score: nobody in the territory can take the lead and there is no pool.</summary>
    PriorityQueue,

    /// <summary>
    /// The SLA escalation: the previous assignee did not acknowledge the lead by its escalation
    /// time, so the lead went to the territory's backup, the assignee's manager or the escalation queue.
    /// </summary>
    SlaEscalation,

    /// <summary>
    /// Assigned by hand (AssignLead): ops chose the rep, for a lead waiting in a queue or taken
    /// from another rep; the routing rules did not decide.
    /// </summary>
    Manual,

    /// <summary>The owner of a prospect account, when the policy routes prospects to their owners.</summary>
    AccountOwner,
}
