namespace RoutingRules.Domain.Routing.Escalation;

/// <summary>
/// Who takes a lead its assignee did not acknowledge in time, as the escalation rule that chose
/// says: the kind words the new decision's reason.
/// </summary>
public enum EscalationTarget
{
    /// <summary>The backup rep of the decision's territory.</summary>
    TerritoryBackup,

    /// <summary>The manager of the rep who did not respond.</summary>
    Manager,

    /// <summary>A queue (the policy's escalation queue by default), when no rep can take the lead; the chain stops there.</summary>
    Queue,

    /// <summary>Another rep a rule of the policy names (neither the territory's backup nor the manager).</summary>
    Rep,
}
