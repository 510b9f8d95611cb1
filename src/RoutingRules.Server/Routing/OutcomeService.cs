using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Grpc;
using RoutingRules.Server.Mapping;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Routing;

/// <summary>
/// <c>LeadRouter/RecordOutcome</c>: what became of a routed lead, recorded on its decision in force.
/// Goes through the assignment service's routing queue and group commit like AcknowledgeLead, so
/// it answers OK only once stored.
/// </summary>
internal sealed class OutcomeService(LeadRoutingHost host, TimeProvider time)
{
    /// <summary>
    /// How far ahead of the server's clock an outcome's time may be: a client clock a little fast,
    /// whose time is then taken as now. More is a wrong date, which would date the outcome after
    /// it was recorded.
    /// </summary>
    internal static readonly TimeSpan MostAhead = TimeSpan.FromMinutes(5);

    public async Task<Proto.RecordOutcomeResponse> RecordOutcomeAsync(Proto.RecordOutcomeRequest request, ServerCallContext context)
    {
        var errors = new List<(string Field, string Description)>();
        CommandFields.Check(errors, "lead_id", request.LeadId, required: true);
        if (request.Outcome == Proto.LeadOutcome.Unspecified)
        {
            errors.Add(("outcome", "is required"));
        }
        else if (!System.Enum.IsDefined(request.Outcome))
        {
            errors.Add(("outcome", $"{(int)request.Outcome} is not a known lead outcome"));
        }

        var at = At(request.At, time.GetUtcNow(), errors);
        if (errors.Count > 0)
        {
            throw LeadRequestValidator.Invalid(errors);
        }

        // Proto enums list the domain's members after UNSPECIFIED (EnumMapping).
        var outcome = (LeadOutcome)((int)request.Outcome - 1);
        try
        {
            // Trimmed as RouteLead trims the lead's id: the id it was stored under answers.
            var result = await host.Assignments.RecordOutcomeAsync(new OutcomeRequest(request.LeadId.Trim(), outcome, at), context.CancellationToken).ConfigureAwait(false);
            var decision = result.Decision;
            var recorded = decision.Outcome!;
            return new Proto.RecordOutcomeResponse
            {
                LeadId = decision.LeadId,
                DecisionId = decision.DecisionId,
                Outcome = EnumMapping.ToProto<LeadOutcome, Proto.LeadOutcome>(recorded.Outcome),
                At = Timestamp.FromDateTimeOffset(recorded.At),
                RecordedAt = Timestamp.FromDateTimeOffset(recorded.RecordedAt),
                AlreadyRecorded = result.Replay,
            };
        }
        catch (LeadNotFoundException)
        {
            throw new GrpcStatusException(StatusCode.NotFound, $"No decision for lead_id '{request.LeadId}'.");
        }
        catch (OutcomeBeforeDecisionException early)
        {
            throw GrpcStatusException.InvalidArgument(early.Message + " Nothing was recorded.", ("at", $"is before the decision in force ({early.DecisionId}, made {Format(early.DecidedAt)})"));
        }
        catch (CommitFailedException failure)
        {
            throw new GrpcStatusException(StatusCode.Unavailable, $"The outcome was not stored ({failure.InnerException?.GetType().Name}); retry.");
        }
    }

    /// <summary>The outcome's time, or null for now; a refused one goes to <paramref name="errors"/>.</summary>
    private static DateTimeOffset? At(Timestamp? at, DateTimeOffset now, List<(string Field, string Description)> errors)
    {
        if (at is null)
        {
            return null;
        }

        if (at.Nanos is < 0 or > 999_999_999 || at.Seconds is < -62_135_596_800 or > 253_402_300_799)
        {
            errors.Add(("at", "is not a valid timestamp"));
            return null;
        }

        var value = at.ToDateTimeOffset();
        if (value < PlausibleInstant.Earliest)
        {
            errors.Add(("at", PlausibleInstant.Refusal(value, now)!));
        }
        else if (value > now + MostAhead)
        {
            errors.Add(("at", $"{Format(value)} is more than {MostAhead.TotalMinutes:0} minutes ahead of the server's clock ({Format(now)})"));
        }

        return value;
    }

    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
