using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Routing.Facts;

/// <summary>A candidate account a matching rule accepted.</summary>
public sealed class MatchedAccount(AccountCandidate candidate, string method)
{
    public AccountCandidate Candidate { get; } = candidate;

    /// <summary>How the match was made, in words ("email domain", "alias"...).</summary>
    public string Method { get; } = method;

    public AccountMatchKind Kind => Candidate.Kind;
    public int Order => Candidate.Order;

    public static MatchedAccount By(AccountCandidate candidate, string method) => new(candidate, method);

    public override string ToString() => $"{Candidate.Account.Id} matched by {Method} ({Candidate.Score:0.00})";
}
