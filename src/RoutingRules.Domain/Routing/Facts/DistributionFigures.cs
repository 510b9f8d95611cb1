using System.Globalization;

namespace RoutingRules.Domain.Routing.Facts;

/// <summary>What a distribution strategy compared its candidates on.</summary>
public enum DistributionBasis
{
    /// <summary>Weighted: (assigned today + 1) / weight, lowest wins. Terms: weight, assigned today. No weights.</summary>
    LeadsPerWeight,

    /// <summary>Load balanced: the workload score, lowest wins. No terms. Weights: <see cref="DistributionFigures.WorkloadWeightNames"/>.</summary>
    WorkloadScore,

    /// <summary>Rep score, highest wins. Terms: each criterion from 0 to 1. Weights: <see cref="DistributionFigures.RepScoreCriteria"/>.</summary>
    RepScore,

    /// <summary>Referral without a referrer account: the performance weight, highest wins. Terms: conversion rate. No weights.</summary>
    TopPerformer,
}

/// <summary>One candidate's figures, in the order the strategy ranked them (the first row is the chosen rep).</summary>
/// <param name="RepId">The candidate.</param>
/// <param name="Compared">The figure the strategy ranks on.</param>
/// <param name="Terms">What <paramref name="Compared"/> is made of; their meaning depends on the basis.</param>
public sealed record DistributionRow(string RepId, double Compared, IReadOnlyList<double> Terms);

/// <summary>
/// The figures a distribution strategy compared, as numbers: the trace stores them and each
/// explanation words them in its own language. <see cref="Describe"/> is the plain form kept in
/// the trace for programs and for explanations stored before the figures were.
/// </summary>
/// <param name="Basis">What was compared.</param>
/// <param name="Weights">The policy's weights the strategy applied, in the order the basis names them.</param>
/// <param name="Rows">Every eligible candidate, best first.</param>
public sealed record DistributionFigures(DistributionBasis Basis, IReadOnlyList<double> Weights, IReadOnlyList<DistributionRow> Rows)
{
    /// <summary>The workload score's weights, in <see cref="Weights"/> order for <see cref="DistributionBasis.WorkloadScore"/>.</summary>
    public static readonly IReadOnlyList<string> WorkloadWeightNames = ["openLeads", "assignedToday", "overdueFollowUps", "activeOpportunities"];

    /// <summary>The rep score's criteria, in <see cref="DistributionRow.Terms"/> and <see cref="Weights"/> order for <see cref="DistributionBasis.RepScore"/>.</summary>
    public static readonly IReadOnlyList<string> RepScoreCriteria = ["geography", "industry", "capacity", "responseTime", "conversion", "sourcePerformance"];

    /// <summary>How many terms each row of <paramref name="basis"/> has, and how many weights: what a reader of stored figures checks.</summary>
    public static (int Terms, int Weights) Shape(DistributionBasis basis) => basis switch
    {
        DistributionBasis.LeadsPerWeight => (2, 0),
        DistributionBasis.WorkloadScore => (0, WorkloadWeightNames.Count),
        DistributionBasis.RepScore => (RepScoreCriteria.Count, RepScoreCriteria.Count),
        DistributionBasis.TopPerformer => (1, 0),
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, "unknown distribution basis"),
    };

    /// <summary>Whether the first two rows compare equal, so that the strategy's tie-break chose.</summary>
    public bool Tied => Rows.Count > 1 && Rows[0].Compared == Rows[1].Compared;

    /// <summary>The figures in plain words, rep ids and invariant numbers (e.g. "ae-1: workload 12; ae-2: workload 9").</summary>
    public string Describe()
    {
        var parts = Rows.Select(r => Basis switch
        {
            DistributionBasis.LeadsPerWeight => $"{r.RepId}: weight {F(r.Terms[0])}, today+1/weight {F(r.Compared)}",
            DistributionBasis.WorkloadScore => $"{r.RepId}: workload {F(r.Compared)}",
            DistributionBasis.RepScore => $"{r.RepId}: score {F(r.Compared)}",
            _ => $"{r.RepId}: weight {F(r.Compared)}",
        });
        var text = string.Join("; ", parts);
        return Basis == DistributionBasis.TopPerformer ? "referral to the top performer: " + text : text;
    }

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
