namespace RoutingRules.Domain.Routing.Facts;

/// <summary>A candidate no exclusion applies to (retracted by the engine as soon as one does).</summary>
public sealed class EligibleCandidate(Candidate candidate)
{
    public Candidate Candidate { get; } = candidate;
    public RepProfile Profile => Candidate.Profile;
    public string RepId => Candidate.RepId;

    public static EligibleCandidate From(Candidate candidate) => new(candidate);

    public override string ToString() => $"eligible {RepId}";
}
