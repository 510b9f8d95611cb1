using System.Text.Json;
using System.Text.Json.Serialization;
using RoutingRules.Domain.Routing;

namespace RoutingRules.Store.Routing;

/// <summary>
/// JSON of decisions stored before schema version 5, still read from those rows (traces use the
/// explanation layer's <see cref="Domain.Explain.TraceJson"/>). Decisions go through a flat record
/// because <see cref="Assignee"/> is built by factory methods only; its serializer is generated at build time.
/// </summary>
internal static partial class DecisionJson
{
    /// <summary>The text decisions were stored as before schema version 5 (now <see cref="DecisionBinary"/>).</summary>
    public static string Serialize(RoutingDecision d) => JsonSerializer.Serialize(ToStored(d), StoredDecisionContext.Default.StoredDecision);

    public static RoutingDecision Deserialize(string json)
    {
        var s = JsonSerializer.Deserialize(json, StoredDecisionContext.Default.StoredDecision) ?? throw new InvalidDataException("A null stored decision.");
        return new RoutingDecision
        {
            LeadId = s.LeadId,
            Assignee = s.QueueName is { } queue ? Assignee.ForQueue(queue) : Assignee.ForRep(s.RepId ?? string.Empty, s.RepName ?? string.Empty),
            Level = s.Level,
            TerritoryId = s.TerritoryId,
            TerritoryName = s.TerritoryName,
            AccountId = s.AccountId,
            Treatment = s.Treatment,
            Priority = s.Priority,
            RespondBy = s.RespondBy,
            EscalateAt = s.EscalateAt,
            Flags = s.Flags,
            NextContactAt = s.NextContactAt,
            Reason = s.Reason,
            RuleSetVersion = s.RuleSetVersion,
            LeadScore = s.LeadScore,
        };
    }

    private static StoredDecision ToStored(RoutingDecision d) => new(
        d.LeadId, d.Assignee.RepId, d.Assignee.RepName, d.Assignee.QueueName, d.Level, d.TerritoryId, d.TerritoryName,
        d.AccountId, d.Treatment, d.Priority, d.RespondBy, d.EscalateAt, d.Flags, d.NextContactAt, d.Reason, d.RuleSetVersion, d.LeadScore);

    internal sealed record StoredDecision(
        string LeadId,
        string? RepId,
        string? RepName,
        string? QueueName,
        RoutingLevel Level,
        string? TerritoryId,
        string? TerritoryName,
        string? AccountId,
        Treatment Treatment,
        LeadPriority Priority,
        DateTimeOffset RespondBy,
        DateTimeOffset EscalateAt,
        RoutingFlags Flags,
        DateTimeOffset? NextContactAt,
        string Reason,
        string RuleSetVersion,
        int? LeadScore);

    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(StoredDecision))]
    internal sealed partial class StoredDecisionContext : JsonSerializerContext;
}
