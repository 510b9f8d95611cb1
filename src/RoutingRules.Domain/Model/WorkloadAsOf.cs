namespace RoutingRules.Domain.Model;

/// <summary>
/// The moment a rep's workload was written, in routing's terms: the UTC day of the write and what
/// routing had counted for the rep by then (its open leads, and its assignments that day). A
/// written workload states the rep's workload at that moment, so routing adds to it only what it
/// counts afterwards: counters copied from a CRM that already lists routing's leads are not
/// counted twice. The store records it in the transaction that writes the workload.
/// </summary>
/// <param name="Day">UTC day of the write: a written assigned-today counts on that day only.</param>
/// <param name="RoutedOpenLeads">Routing's count of the rep's open leads when the workload was written.</param>
/// <param name="RoutedToday">Routing's assignments to the rep on <paramref name="Day"/> up to the write.</param>
public sealed record WorkloadAsOf(DateOnly Day, int RoutedOpenLeads, int RoutedToday);
