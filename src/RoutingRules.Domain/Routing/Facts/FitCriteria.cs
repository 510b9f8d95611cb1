namespace RoutingRules.Domain.Routing.Facts;

/// <summary>The criteria of the ideal customer profile a lead is measured on (DOMAIN.md §5); as flags, those it fails.</summary>
[Flags]
public enum FitCriteria
{
    None = 0,

    /// <summary>The company is in the SMB band (unknown size counts as the policy's default segment).</summary>
    Size = 1,

    /// <summary>The lead score is below the policy's low band.</summary>
    Score = 2,

    /// <summary>Neither the primary nor a secondary industry is one the policy's ideal customer profile lists.</summary>
    Industry = 4,
}
