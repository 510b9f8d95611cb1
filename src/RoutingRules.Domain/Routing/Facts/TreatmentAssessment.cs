namespace RoutingRules.Domain.Routing.Facts;

/// <summary>A treatment for the lead; the lowest <see cref="Rank"/> wins (overrides rank below the table).</summary>
public sealed class TreatmentAssessment(Treatment treatment, int rank, string reason)
{
    public const int OverrideRank = 0;

    /// <summary>Between an override (a competitor disqualified) and the table: an executive contact's sales treatment.</summary>
    public const int ExecutiveRank = 5;

    public const int TableRank = 10;

    public Treatment Treatment { get; } = treatment;
    public int Rank { get; } = rank;
    public string Reason { get; } = reason;

    // Six intent and fit pairs: their reasons are written once, not for every lead.
    private static readonly string[,] TableReasons = WriteTableReasons();

    public static TreatmentAssessment FromTable(Treatment treatment, LeadProfile lead) =>
        new(treatment, TableRank, TableReason(lead.Intent, lead.Fit));

    /// <summary>
    /// An executive contact is hot with the shorter SLA (DOMAIN.md §2), so the table's row for high
    /// intent applies whatever the signals: a rep told to answer in 15 minutes is not also told
    /// "marketing nurture".
    /// </summary>
    public static TreatmentAssessment ForExecutive(LeadProfile lead) => new(
        lead.Fit == FitLevel.Strong ? Treatment.SeniorAeImmediate : Treatment.SdrQualification,
        ExecutiveRank,
        lead.Fit == FitLevel.Strong ? "executive contact: as high intent, strong fit" : "executive contact: as high intent, weak fit");

    public static bool Outranks(TreatmentAssessment other, TreatmentAssessment t) =>
        other.Rank != t.Rank ? other.Rank < t.Rank : other.Treatment < t.Treatment;

    public override string ToString() => $"treatment {Treatment} ({Reason})";

    private static string TableReason(IntentLevel intent, FitLevel fit) =>
        (uint)intent < (uint)TableReasons.GetLength(0) && (uint)fit < (uint)TableReasons.GetLength(1)
            ? TableReasons[(int)intent, (int)fit]
            : $"{intent} intent, {fit} fit";

    private static string[,] WriteTableReasons()
    {
        var reasons = new string[Enum.GetValues<IntentLevel>().Max(i => (int)i) + 1, Enum.GetValues<FitLevel>().Max(f => (int)f) + 1];
        for (var i = 0; i < reasons.GetLength(0); i++)
        {
            for (var f = 0; f < reasons.GetLength(1); f++)
            {
                reasons[i, f] = $"{(IntentLevel)i} intent, {(FitLevel)f} fit";
            }
        }

        return reasons;
    }
}
