using Google.Protobuf.WellKnownTypes;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Routing.Manual;
using RoutingRules.Grpc;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Routing;

/// <summary>
/// <c>LeadRouter/AssignLead</c>: ops hand a lead to a rep by hand. Goes through the assignment
/// service's routing queue and group commit like RouteLead, so it answers OK only once stored; a
/// refusal changes nothing.
/// </summary>
internal sealed class ManualAssignmentService(LeadRoutingHost host)
{
    public async Task<Proto.AssignLeadResponse> AssignLeadAsync(Proto.AssignLeadRequest request, ServerCallContext context)
    {
        var errors = new List<(string Field, string Description)>();
        CommandFields.Check(errors, "lead_id", request.LeadId, required: true);
        CommandFields.Check(errors, "rep_id", request.RepId, required: true);
        CommandFields.Check(errors, "reason", request.Reason, required: true, oneLine: true);
        CommandFields.Check(errors, "assigned_by", request.HasAssignedBy ? request.AssignedBy : null, required: false, oneLine: true);
        if (errors.Count > 0)
        {
            throw LeadRequestValidator.Invalid(errors);
        }

        var assignments = host.Assignments;
        // The lead's id trimmed as RouteLead stores it; the texts trimmed as they are recorded.
        var assignment = new ManualAssignmentRequest(
            request.LeadId.Trim(), request.RepId, request.Reason.Trim(), request.HasAssignedBy ? request.AssignedBy.Trim() : null, request.Acknowledged);
        try
        {
            var result = await assignments.AssignManuallyAsync(assignment, context.CancellationToken).ConfigureAwait(false);
            var response = new Proto.AssignLeadResponse { Decision = DecisionMapping.ToProto(result) };
            if (result.Decision.AcknowledgedAt is { } acknowledgedAt)
            {
                response.AcknowledgedAt = Timestamp.FromDateTimeOffset(acknowledgedAt);
            }

            return response;
        }
        catch (LeadNotFoundException)
        {
            throw new GrpcStatusException(StatusCode.NotFound, $"No decision for lead_id '{assignment.LeadId}': route it first.");
        }
        catch (RepNotFoundException)
        {
            throw new GrpcStatusException(StatusCode.NotFound, $"No rep '{request.RepId}' (rep_id) in the reference data. Nothing was changed.");
        }
        catch (ManualAssignmentRefusedException refused)
        {
            throw new GrpcStatusException(StatusCode.FailedPrecondition, refused.Message + " Nothing was changed.");
        }
        catch (DecisionInForceChangedException changed)
        {
            throw new GrpcStatusException(StatusCode.Aborted, changed.Message + " Nothing was changed; try again.");
        }
        catch (CommitFailedException failure)
        {
            throw new GrpcStatusException(StatusCode.Unavailable, $"The assignment was not stored ({failure.InnerException?.GetType().Name}); retry.");
        }
    }
}
