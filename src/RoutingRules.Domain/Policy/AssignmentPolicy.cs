namespace RoutingRules.Domain.Policy;

/// <summary>Deal-size and lead-score bands and the intent x fit options (DOMAIN.md §5).</summary>
public sealed record AssignmentPolicy
{
    /// <summary>Deals below this (EUR) go to a junior AE or SDR.</summary>
    public decimal SmallDealMax { get; init; } = 10_000m;

    /// <summary>A known deal value below <see cref="SmallDealMax"/>; an unknown one is no small deal.</summary>
    public bool IsSmallDeal(decimal? dealValue) => dealValue < SmallDealMax;

    /// <summary>
    /// Whether those small deals go round the territory's eligible junior AEs and SDRs in a
    /// rotation of their own (DOMAIN.md §5: "pooled round-robin"), whatever the territory's
    /// strategy; off, the territory's strategy picks among them.
    /// </summary>
    public bool SmallDealPooledRoundRobin { get; init; } = true;

    /// <summary>Deals above this (EUR) go to a senior AE or the named owner.</summary>
    public decimal LargeDealMin { get; init; } = 50_000m;

    /// <summary>Scores above this go to a senior AE.</summary>
    public int HighLeadScore { get; init; } = 80;

    /// <summary>Scores below this go to an SDR first.</summary>
    public int LowLeadScore { get; init; } = 50;

    public LowWeakTreatment LowWeakTreatment { get; init; } = LowWeakTreatment.Nurture;

    /// <summary>
    /// Whether the intent x fit treatment also asks for its kind of rep among the territory's
    /// members (DOMAIN.md §5's table: a senior AE for high intent and strong fit, an SDR for SDR
    /// qualification and the accelerated track), after the deal size and the lead score, which
    /// speak first; off, the treatment is only told.
    /// </summary>
    public bool TreatmentSetsRepProfile { get; init; } = true;

    /// <summary>
    /// The ideal customer profile's industries (DOMAIN.md §5): a lead whose industry is known fits
    /// on industry only when its primary or a secondary industry is listed, compared as vertical
    /// territories compare them (case aside). Empty, the default: every industry fits.
    /// </summary>
    public IReadOnlyList<string> IdealCustomerIndustries { get; init; } = [];
}
