using Google.Protobuf.WellKnownTypes;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Grpc;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Routing;

/// <summary>
/// <c>LeadRouter/AcknowledgeLead</c>: the assignee acted on the lead. Goes through the assignment
/// service's routing queue and group commit like RouteLead, so it answers OK only once stored.
/// </summary>
internal sealed class AcknowledgementService(LeadRoutingHost host)
{
    public async Task<Proto.AcknowledgeLeadResponse> AcknowledgeLeadAsync(Proto.AcknowledgeLeadRequest request, ServerCallContext context)
    {
        var errors = new List<(string Field, string Description)>();
        CommandFields.Check(errors, "lead_id", request.LeadId, required: true);
        CommandFields.Check(errors, "rep_id", request.HasRepId ? request.RepId : null, required: false);
        if (errors.Count > 0)
        {
            throw LeadRequestValidator.Invalid(errors);
        }

        var assignments = host.Assignments;
        try
        {
            var result = await assignments.AcknowledgeAsync(
                // Trimmed as RouteLead trims the lead's id: the id it was stored under answers.
                new AcknowledgementRequest(request.LeadId.Trim(), request.HasRepId ? request.RepId : null), context.CancellationToken).ConfigureAwait(false);
            return new Proto.AcknowledgeLeadResponse
            {
                Decision = DecisionMapping.ToProto(result with { Replay = false }),
                AcknowledgedAt = Timestamp.FromDateTimeOffset(result.Decision.AcknowledgedAt!.Value),
                AlreadyAcknowledged = result.Replay,
            };
        }
        catch (LeadNotFoundException)
        {
            throw new GrpcStatusException(StatusCode.NotFound, $"No decision for lead_id '{request.LeadId}'.");
        }
        catch (NotAssigneeException wrong)
        {
            throw new GrpcStatusException(StatusCode.FailedPrecondition, wrong.Message + " Nothing was recorded.");
        }
        catch (CommitFailedException failure)
        {
            throw new GrpcStatusException(StatusCode.Unavailable, $"The acknowledgement was not stored ({failure.InnerException?.GetType().Name}); retry.");
        }
    }
}
