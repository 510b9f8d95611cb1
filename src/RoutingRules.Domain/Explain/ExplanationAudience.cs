namespace RoutingRules.Domain.Explain;

/// <summary>Who reads an explanation.</summary>
public enum ExplanationAudience
{
    /// <summary>The assignee: why the lead is theirs and what to do by when; no other rep's name or workload.</summary>
    Rep,

    /// <summary>Operations: every fact, claim, exclusion and figure behind the decision.</summary>
    Ops,
}
