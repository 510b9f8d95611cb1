using System.Text.Json.Serialization;

namespace RoutingRules.Domain.Model;

public sealed record Rep
{
    // Null when the record came without a workload: see HasWorkload.
    private readonly RepWorkload? _workload;

    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Email { get; init; }
    public RepRole Role { get; init; } = RepRole.AccountExecutive;
    public Seniority Seniority { get; init; } = Seniority.Mid;
    public string? ManagerId { get; init; }
    public string? BackupId { get; init; }

    /// <summary>Who inherits this rep's accounts once <see cref="Departed"/> is set.</summary>
    public string? SuccessorId { get; init; }

    public bool Departed { get; init; }
    public RepStatus Status { get; init; } = RepStatus.Available;
    public IReadOnlyList<AbsencePeriod> Absences { get; init; } = [];

    /// <summary>IANA time zone id, e.g. "Europe/Paris".</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>ISO 639-1 codes, e.g. "fr", "en".</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Department of enterprise contacts this rep specialises in (e.g. "finance").</summary>
    public string? SpecialistDepartment { get; init; }

    public IReadOnlyList<string> Industries { get; init; } = [];

    /// <summary>
    /// Products the rep specialises in, as the leads' <c>productInterest</c> names them: a lead
    /// interested in one prefers the territory's members who list it.
    /// </summary>
    public IReadOnlyList<string> Products { get; init; } = [];

    /// <summary>Allocation weight for weighted distribution (top performers e.g. 2.0).</summary>
    public double PerformanceWeight { get; init; } = 1.0;

    /// <summary>Quota attainment, 0..1 (0.7 = 70%).</summary>
    public double? QuotaAttainment { get; init; }

    /// <summary>Per-rep open-leads cap replacing the policy default when set.</summary>
    public int? OpenLeadsCap { get; init; }

    /// <summary>
    /// The rep's counters as last written by ops (an upsert, an import, UpdateRepWorkload): its
    /// workload at that moment. Routing adds what it counts after <see cref="WorkloadAsOf"/>; the
    /// store's rep reads show that sum (<see cref="Routing.Commit.EffectiveWorkload"/>).
    /// </summary>
    public RepWorkload Workload
    {
        get => _workload ?? RepWorkload.Empty;
        init => _workload = value;
    }

    /// <summary>
    /// False when the record came without a workload (an upsert or an import that leaves it out):
    /// the store then keeps the rep's stored workload, or starts a new rep at zero.
    /// </summary>
    [JsonIgnore]
    public bool HasWorkload => _workload is not null;

    /// <summary>
    /// When <see cref="Workload"/> was written, set by the store on the reps of its snapshot. Null
    /// elsewhere (a record to write, a rep read showing the workload routing uses): a write of it
    /// counts from the moment it is stored, and routing on a snapshot built without a store adds
    /// all it counts.
    /// </summary>
    [JsonIgnore]
    public WorkloadAsOf? WorkloadAsOf { get; init; }

    public RepStats? Stats { get; init; }

    public bool IsAbsentAt(DateTimeOffset instant)
    {
        foreach (var absence in Absences)
        {
            if (absence.Contains(instant))
            {
                return true;
            }
        }

        return false;
    }
}
