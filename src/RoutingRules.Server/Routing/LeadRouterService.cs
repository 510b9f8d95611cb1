using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Grpc;
using RoutingRules.Server.Security;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Routing;

/// <summary>The <c>routingrules.v1.LeadRouter</c> handlers: validate, map, assign durably, answer.</summary>
internal sealed class LeadRouterService(LeadRoutingHost host, IRuleCatalog? catalog, TimeProvider time)
{
    /// <summary>The service with every handler behind <paramref name="guard"/> (the routing token check).</summary>
    public GrpcServiceDefinition Definition(BearerTokenGuard guard) =>
        GrpcServiceDefinition.Create(Proto.LeadRouterReflection.Descriptor.Services[0])
            .Unary("RouteLead", Proto.RouteLeadRequest.Parser, guard.Unary<Proto.RouteLeadRequest, Proto.RouteLeadResponse>(RouteLeadAsync))
            .Unary("ListRules", Proto.ListRulesRequest.Parser, guard.Unary<Proto.ListRulesRequest, Proto.ListRulesResponse>(ListRulesAsync));

    public async Task<Proto.RouteLeadResponse> RouteLeadAsync(Proto.RouteLeadRequest request, ServerCallContext context)
    {
        var errors = LeadRequestValidator.Validate(request, time.GetUtcNow());
        if (errors.Count > 0)
        {
            throw LeadRequestValidator.Invalid(errors);
        }

        var assignments = host.Assignments;
        var assignment = new AssignmentRequest(
            LeadMapping.ToDomain(request.Lead), request.HasIdempotencyKey ? request.IdempotencyKey : null, request.Reroute);
        try
        {
            var result = await assignments.AssignAsync(assignment, context.CancellationToken).ConfigureAwait(false);
            return DecisionMapping.ToProto(result);
        }
        catch (CommitFailedException failure)
        {
            throw new GrpcStatusException(StatusCode.Unavailable, $"The decision was not stored ({failure.InnerException?.GetType().Name}); retry.");
        }
        catch (IdempotencyConflictException conflict)
        {
            throw GrpcStatusException.InvalidArgument(conflict.Message, ("idempotency_key", $"already used for lead '{conflict.ExistingLeadId}'"));
        }
        catch (LeadChangedException changed)
        {
            throw LeadChanged(changed);
        }
    }

    /// <summary>
    /// ALREADY_EXISTS: the lead has a decision and this request is not a repeat of the one that made
    /// it. The <c>google.rpc.ErrorInfo</c> (reason <c>LEAD_CHANGED</c>) names the lead and the
    /// decision, for a client that then reroutes or reads it.
    /// </summary>
    private static GrpcStatusException LeadChanged(LeadChangedException changed)
    {
        var info = new Google.Rpc.ErrorInfo { Reason = "LEAD_CHANGED", Domain = "routingrules.v1" };
        info.Metadata.Add("lead_id", changed.LeadId);
        info.Metadata.Add("decision_id", changed.DecisionId);
        var status = new Google.Rpc.Status { Message = changed.Message };
        status.Details.Add(Google.Protobuf.WellKnownTypes.Any.Pack(info));
        return new GrpcStatusException(StatusCode.AlreadyExists, changed.Message, status);
    }

    public async Task<Proto.ListRulesResponse> ListRulesAsync(Proto.ListRulesRequest request, ServerCallContext context)
    {
        if (request.HasUsageWindowDays && request.UsageWindowDays is < 1 or > QueueHealthService.MaxWindowDays)
        {
            throw GrpcStatusException.InvalidArgument(
                $"The usage window is not valid: {request.UsageWindowDays} days.", ("usage_window_days", $"must be between 1 and {QueueHealthService.MaxWindowDays}"));
        }

        var assignments = host.Assignments;
        var snapshots = host.Snapshots ?? throw new GrpcStatusException(StatusCode.Unavailable, "Routing is starting; retry shortly.");
        var version = assignments.ReadState(live => host.Router.RuleSetVersion(new RoutingContext(snapshots.Current, live, time.GetUtcNow())));
        var response = new Proto.ListRulesResponse { RuleSetVersion = version };
        foreach (var rule in catalog?.Rules ?? [])
        {
            var info = new Proto.RuleInfo { Name = rule.Name, Description = rule.Description, Priority = rule.Priority };
            info.Tags.Add(rule.Tags);
            response.Rules.Add(info);
        }

        if (request.HasUsageWindowDays)
        {
            // Reads the window's stored traces: off the caller's thread, which may be one of Kestrel's few.
            var since = time.GetUtcNow() - TimeSpan.FromDays(request.UsageWindowDays);
            var usage = await Task.Run(() => assignments.RuleUsage(since), context.CancellationToken).ConfigureAwait(false)
                ?? throw new GrpcStatusException(StatusCode.Unimplemented, "This decision log keeps no traces to count rule firings from.");
            RuleUsageListing.Fill(response, usage, snapshots.Current.Policy.Health.RuleMatchReviewBelow);
        }

        return response;
    }
}
