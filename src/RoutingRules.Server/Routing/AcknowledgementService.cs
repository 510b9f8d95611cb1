using Google.Protobuf.WellKnownTypes;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Validation;
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
        if (string.IsNullOrWhiteSpace(request.LeadId))
        {
            errors.Add(("lead_id", "is required"));
        }
        else if (request.LeadId.Length > TextLimits.MaxText)
        {
            errors.Add(("lead_id", TextLimits.TooLong(TextLimits.MaxText, request.LeadId.Length)));
        }

        if (request.HasRepId && string.IsNullOrWhiteSpace(request.RepId))
        {
            errors.Add(("rep_id", "must not be blank when set"));
        }
        else if (request.HasRepId && request.RepId.Length > TextLimits.MaxText)
        {
            errors.Add(("rep_id", TextLimits.TooLong(TextLimits.MaxText, request.RepId.Length)));
        }

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
