namespace RoutingRules.Domain.Routing.Escalation;

/// <summary>Who takes a lead its assignee did not acknowledge in time, in the order they are tried.</summary>
public enum EscalationTarget
{
    /// <summary>The backup rep of the decision's territory.</summary>
    TerritoryBackup,

    /// <summary>The manager of the rep who did not respond.</summary>
    Manager,

    /// <summary>The policy's escalation queue, when neither rep can take the lead; the chain stops there.</summary>
    Queue,
}
