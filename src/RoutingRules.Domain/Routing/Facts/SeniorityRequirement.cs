using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Routing.Facts;

/// <summary>
/// A preference for a kind of rep; candidates not meeting it give way to those who do. Only the
/// lowest <see cref="Rank"/> applies: the deal size speaks before the lead score, and both before
/// the intent x fit treatment.
/// </summary>
/// <param name="threshold">The policy's bound the lead crossed (80 for a score above 80), so explanations can say it; null for a band.</param>
public sealed class SeniorityRequirement(RequiredProfile profile, int rank, string reason, decimal? threshold = null)
{
    public const int DealSizeRank = 0;
    public const int LeadScoreRank = 1;
    public const int TreatmentRank = 2;

    public int Rank { get; } = rank;

    public RequiredProfile Profile { get; } = profile;
    public string Reason { get; } = reason;
    public decimal? Threshold { get; } = threshold;

    /// <summary>The small-deal band's requirement (a junior AE or an SDR for the deal size), whose reps share a pooled rotation.</summary>
    public bool IsSmallDeal => Rank == DealSizeRank && Profile == RequiredProfile.JuniorAeOrSdr;

    public bool IsMetBy(RepProfile rep) => Profile switch
    {
        RequiredProfile.SeniorAe => IsAe(rep.Rep) && rep.Rep.Seniority >= Seniority.Senior,
        RequiredProfile.MidLevelAe => IsAe(rep.Rep) && rep.Rep.Seniority == Seniority.Mid,
        RequiredProfile.StandardAe => IsAe(rep.Rep),
        RequiredProfile.JuniorAeOrSdr => rep.Rep.Role == RepRole.Sdr || (IsAe(rep.Rep) && rep.Rep.Seniority == Seniority.Junior),
        _ => rep.Rep.Role == RepRole.Sdr,
    };

    private static bool IsAe(Rep rep) => rep.Role == RepRole.AccountExecutive;

    public override string ToString() => $"needs {Profile}: {Reason}";
}
