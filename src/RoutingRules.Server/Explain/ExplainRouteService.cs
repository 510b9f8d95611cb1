using System.Collections.Concurrent;
using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Validation;
using RoutingRules.Grpc;
using RoutingRules.Server.Routing;
using RoutingRules.Server.Security;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Explain;

/// <summary>
/// <c>LeadRouter/ExplainRoute</c>: renders the stored trace of a decision (by lead id or decision
/// id) or of a dry run (by lead, evaluated against the live state without committing anything).
/// REP explanations pass the routing guard; OPS ones need the admin token when one is configured.
/// Decisions are immutable, so answers are cached by the decision in force (a reroute or an SLA
/// escalation changes it); a decision explained by its id is explained anew once, when a later
/// decision supersedes it.
/// </summary>
internal sealed class ExplainRouteService(
    LeadRoutingHost host, BearerTokenGuard routingGuard, BearerTokenGuard adminGuard, TimeProvider time)
{
    private const int CacheLimit = 10_000;

    // How long an explanation waits for a decision still being committed (a group commit and its
    // sync take milliseconds); past it, the decision is explained without its trace.
    private static readonly TimeSpan InFlightPatience = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<(bool ByLead, string DecisionId, bool Superseded, ExplanationAudience Audience, string Locale), Proto.ExplainRouteResponse> _cache = new();

    public async Task<Proto.ExplainRouteResponse> ExplainAsync(Proto.ExplainRouteRequest request, ServerCallContext context)
    {
        // An audience this version does not know is refused rather than read as REP: a newer client
        // asking for something else must not silently get the assignee's view.
        if (!Enum.IsDefined(request.Audience))
        {
            throw GrpcStatusException.InvalidArgument(
                $"The audience {(int)request.Audience} is not known.", ("audience", "must be EXPLANATION_AUDIENCE_REP (the default) or EXPLANATION_AUDIENCE_OPS"));
        }

        var audience = request.Audience == Proto.ExplanationAudience.Ops ? ExplanationAudience.Ops : ExplanationAudience.Rep;
        (audience == ExplanationAudience.Ops && adminGuard.Enabled ? adminGuard : routingGuard).Authorize(context);
        if (!MessageCatalog.IsSupported(request.Locale))
        {
            throw GrpcStatusException.InvalidArgument($"The locale {TextLimits.Quote(request.Locale)} is not supported.", ("locale", "must be one of: " + string.Join(", ", MessageCatalog.Locales)));
        }

        var (idField, id) = request.TargetCase switch
        {
            Proto.ExplainRouteRequest.TargetOneofCase.LeadId => ("lead_id", request.LeadId),
            Proto.ExplainRouteRequest.TargetOneofCase.DecisionId => ("decision_id", request.DecisionId),
            _ => (null, null),
        };
        if (idField is not null && string.IsNullOrWhiteSpace(id))
        {
            throw GrpcStatusException.InvalidArgument($"The {idField} is empty: say which lead or decision to explain.", (idField, "must not be empty"));
        }

        // No lead or decision has a longer id (RouteLead refuses one): say so rather than echo it as not found.
        if (idField is not null && id!.Length > TextLimits.MaxText)
        {
            throw GrpcStatusException.InvalidArgument(
                $"The {idField} is longer than any id ({TextLimits.MaxText} characters at most).", (idField, TextLimits.TooLong(TextLimits.MaxText, id.Length)));
        }

        try
        {
            return request.TargetCase switch
            {
                // Trimmed as RouteLead trims the lead's id: the id it was stored under answers.
                Proto.ExplainRouteRequest.TargetOneofCase.LeadId => await ByLeadAsync(request.LeadId.Trim(), audience, request.Locale, context.CancellationToken).ConfigureAwait(false),
                Proto.ExplainRouteRequest.TargetOneofCase.DecisionId => ByDecision(request.DecisionId, audience, request.Locale),
                Proto.ExplainRouteRequest.TargetOneofCase.Lead => DryRun(request.Lead, audience, request.Locale),
                _ => throw GrpcStatusException.InvalidArgument("Say what to explain: lead_id, decision_id or lead.", ("target", "one of lead_id, decision_id or lead is required")),
            };
        }
        catch (CommitFailedException failure)
        {
            // The live state cannot be read after a failed sync: the server must restart first.
            throw new GrpcStatusException(StatusCode.Unavailable, failure.Message);
        }
    }

    private async Task<Proto.ExplainRouteResponse> ByLeadAsync(string leadId, ExplanationAudience audience, string locale, CancellationToken cancellationToken)
    {
        var active = host.Assignments.ReadState(live => live.ActiveForLead(leadId));
        if (active is null)
        {
            throw new GrpcStatusException(StatusCode.NotFound, $"No decision for lead_id '{leadId}'.");
        }

        var key = (true, active.DecisionId, false, audience, MessageCatalog.For(locale).Locale);
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        // The live state keeps decisions without their traces; the log has them once written. A
        // decision still in flight (the lead's reroute, being committed) is waited for, briefly.
        var history = host.Assignments.History(leadId).ToList();
        var stored = history.FirstOrDefault(d => d.DecisionId == active.DecisionId);
        if (stored is null)
        {
            if (!await SettledAsync(active.DecisionId, cancellationToken).ConfigureAwait(false))
            {
                // Its batch failed (the live state was read again from the log: the lead's earlier
                // decision, or none, is in force again) or is slow: explain what is in force now.
                active = host.Assignments.ReadState(live => live.ActiveForLead(leadId))
                    ?? throw new GrpcStatusException(StatusCode.NotFound, $"No decision for lead_id '{leadId}'.");
                key = (true, active.DecisionId, false, audience, MessageCatalog.For(locale).Locale);
            }

            history = host.Assignments.History(leadId).ToList();
            stored = history.FirstOrDefault(d => d.DecisionId == active.DecisionId);
        }

        if (stored is null)
        {
            history.Add(active);
        }

        // Still not stored after the wait: explained from the live state's decision, which has no trace.
        var response = Explain(stored ?? active, audience, locale, dryRun: false, traceStillBeingWritten: stored is null);
        foreach (var entry in history)
        {
            response.History.Add(ForAudience(DecisionMapping.ToProto(new AssignmentResult(entry, Replay: false)), active, audience));
        }

        return stored is null ? response : Cache(key, response);
    }

    // True once the decision is stored; false when its batch failed or it took longer than a caller should wait.
    private async Task<bool> SettledAsync(string decisionId, CancellationToken cancellationToken)
    {
        try
        {
            return await host.Assignments.WhenSettledAsync(decisionId).WaitAsync(InFlightPatience, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private Proto.ExplainRouteResponse ByDecision(string decisionId, ExplanationAudience audience, string locale)
    {
        // Once superseded, a decision stays so; in force, its answer holds until a reroute or an escalation.
        var language = MessageCatalog.For(locale).Locale;
        if (_cache.TryGetValue((false, decisionId, true, audience, language), out var final))
        {
            return final;
        }

        if (_cache.TryGetValue((false, decisionId, false, audience, language), out var cached) && !IsSuperseded(cached.Decision.LeadId, decisionId))
        {
            return cached;
        }

        var decision = host.Assignments.FindDecision(decisionId) ?? throw new GrpcStatusException(StatusCode.NotFound, $"No decision '{decisionId}'.");
        var superseded = IsSuperseded(decision.LeadId, decisionId);
        return Cache((false, decisionId, superseded, audience, language), Explain(decision, audience, locale, dryRun: false, superseded));
    }

    // A reroute or an SLA escalation replaces the lead's decision in force; nothing else supersedes one.
    private bool IsSuperseded(string leadId, string decisionId) =>
        host.Assignments.ReadState(live => live.ActiveForLead(leadId)) is { } active && active.DecisionId != decisionId;

    private Proto.ExplainRouteResponse DryRun(Proto.Lead lead, ExplanationAudience audience, string locale)
    {
        var now = time.GetUtcNow();
        var errors = LeadRequestValidator.Validate(new Proto.RouteLeadRequest { Lead = lead }, now);
        if (errors.Count > 0)
        {
            throw LeadRequestValidator.Invalid(errors);
        }

        var assignments = host.Assignments;
        var snapshots = host.Snapshots ?? throw new GrpcStatusException(StatusCode.Unavailable, "Routing is starting; retry shortly.");
        var domainLead = LeadMapping.ToDomain(lead);
        var outcome = assignments.ReadState(live => host.Router.Route(domainLead, new RoutingContext(snapshots.Current, live, now)));
        var decision = new CommittedDecision
        {
            DecisionId = string.Empty,
            Sequence = 0,
            IdempotencyKey = domainLead.Id,
            DecidedAt = now,
            Decision = outcome.Decision,
            Trace = outcome.Trace,
        };
        return Explain(decision, audience, locale, dryRun: true);
    }

    private Proto.ExplainRouteResponse Cache(
        (bool ByLead, string DecisionId, bool Superseded, ExplanationAudience Audience, string Locale) key, Proto.ExplainRouteResponse response)
    {
        if (_cache.Count >= CacheLimit)
        {
            _cache.Clear();
        }

        // Cached answers are shared between calls: they are only ever serialised, never changed.
        return _cache.GetOrAdd(key, response);
    }

    private Proto.ExplainRouteResponse Explain(
        CommittedDecision committed, ExplanationAudience audience, string locale, bool dryRun, bool superseded = false, bool traceStillBeingWritten = false)
    {
        // The assignee's zone as the reference data has it now. A cached answer keeps the zone it
        // was rendered in until the decision changes: its times are still right and name their zone.
        var readerZone = audience == ExplanationAudience.Rep && committed.Decision.Assignee.RepId is { } repId
            ? host.Snapshots?.Current.GetRep(repId)?.TimeZone
            : null;
        var explanation = ExplanationRenderer.Render(committed.Decision, committed.Trace, audience, locale, dryRun, superseded, readerZone, traceStillBeingWritten);
        var trace = audience == ExplanationAudience.Rep ? TraceRedactor.ForAssignee(committed.Trace, committed.Decision) : committed.Trace;
        var decision = DecisionMapping.ToProto(new AssignmentResult(committed, Replay: false));
        if (audience == ExplanationAudience.Rep)
        {
            // The stored reason is for ops and may name the previous owner; the rep gets the rendered summary.
            decision.Reason = explanation.Summary;
        }

        var response = new Proto.ExplainRouteResponse
        {
            Summary = explanation.Summary,
            Decision = decision,
            DryRun = dryRun,
            TraceJson = TraceJson.Serialize(trace),
            Locale = explanation.Locale,
            Audience = audience == ExplanationAudience.Ops ? Proto.ExplanationAudience.Ops : Proto.ExplanationAudience.Rep,
        };
        response.Steps.Add(explanation.Steps.Select(s => new Proto.ExplanationStep { Key = s.Key, Text = s.Text }));
        return response;
    }

    private static Proto.RouteLeadResponse ForAudience(Proto.RouteLeadResponse entry, CommittedDecision current, ExplanationAudience audience)
    {
        if (audience == ExplanationAudience.Rep)
        {
            entry.Reason = string.Empty;
            if (entry.Assignee.Rep is { } rep && rep.Id != current.Decision.Assignee.RepId)
            {
                entry.Assignee = new Proto.Assignee();
            }
        }

        return entry;
    }
}
