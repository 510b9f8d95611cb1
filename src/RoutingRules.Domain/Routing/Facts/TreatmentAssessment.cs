namespace RoutingRules.Domain.Routing.Facts;

/// <summary>A treatment for the lead; the lowest <see cref="Rank"/> wins (overrides rank below the table).</summary>
public sealed class TreatmentAssessment(Treatment treatment, int rank, string reason)
{
    public const int OverrideRank = 0;
    public const int TableRank = 10;

    public Treatment Treatment { get; } = treatment;
    public int Rank { get; } = rank;
    public string Reason { get; } = reason;

    public static TreatmentAssessment FromTable(Treatment treatment, LeadProfile lead) =>
        new(treatment, TableRank, $"{lead.Intent} intent, {lead.Fit} fit");

    public static bool Outranks(TreatmentAssessment other, TreatmentAssessment t) =>
        other.Rank != t.Rank ? other.Rank < t.Rank : other.Treatment < t.Treatment;

    public override string ToString() => $"treatment {Treatment} ({Reason})";
}
