using RoutingRules.Domain.Routing.Commit;

namespace RoutingRules.Domain.Routing.Manual;

/// <summary>
/// A manual assignment as queued for the routing thread: the request and the decision it expects to
/// replace, read from the log with its trace before queueing (the trace is never read under the gate).
/// </summary>
internal sealed record ManualAssignmentCommand(ManualAssignmentRequest Request, CommittedDecision Replaced);
