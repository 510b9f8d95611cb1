using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing.Escalation;
using RoutingRules.Domain.Routing.Facts;
using RoutingRules.Domain.Routing.Logic;
using RoutingRules.Engine;

namespace RoutingRules.Domain.Routing;

/// <summary>
/// Routes a lead by running one engine session of the compiled rule set over the facts gathered
/// for it, and chooses who takes an overdue lead by running one session of the escalation rules.
/// The factories are compiled once by the composition root (see RoutingRuleSet in
/// RoutingRules.Rules); the router is thread-safe and changes nothing (the caller commits).
/// </summary>
public sealed class RuleBasedLeadRouter : ILeadRouter
{
    // A rule chain that keeps re-activating itself is a rule bug; stop rather than spin.
    private const int MaxFirings = 10_000;

    private readonly ConditionalWeakTable<RoutingPolicy, string> _versions = [];

    /// <summary>The rule an escalation names when no escalation rule chose (a rule set without a final queue rule).</summary>
    public const string NoEscalationRule = "Escalation.NoRuleChose";

    private readonly ISessionFactory _factory;
    private readonly ISessionFactory? _escalationFactory;
    private readonly string _rulesHash;
    private readonly int _accountDecidedAt;

    /// <param name="factory">The compiled routing rules.</param>
    /// <param name="rulesHash">A hash of the rule classes (names, priorities, versions) both factories hold.</param>
    /// <param name="accountDecidedAt">
    /// The lowest priority of the rules that decide the lead's account: once the rules at or above it
    /// have fired, the session's <see cref="LeadAccount"/> is the lead's account. None of them may read
    /// the facts drawn from the lead's fields (its profile, territories, reps), which a lead completed
    /// from that account replaces.
    /// </param>
    /// <param name="escalationFactory">The compiled escalation rules; without them every overdue lead goes to the escalation queue.</param>
    public RuleBasedLeadRouter(ISessionFactory factory, string rulesHash, int accountDecidedAt, ISessionFactory? escalationFactory = null)
    {
        _factory = factory ?? throw new ArgumentNullException(nameof(factory));
        _rulesHash = rulesHash ?? throw new ArgumentNullException(nameof(rulesHash));
        _accountDecidedAt = accountDecidedAt;
        _escalationFactory = escalationFactory;
    }

    public string RuleSetVersion(RoutingContext context) =>
        _versions.GetValue(context.Snapshot.Policy, p => Hash(_rulesHash + "|" + PolicyFingerprint.Of(p))[..16]);

    public RoutingOutcome Route(Lead lead, RoutingContext context) => Route(lead, context, captureTrace: true);

    public IReadOnlyCollection<string> RuleNames =>
        [.. _factory.Rules.Select(r => r.Name), .. (_escalationFactory?.Rules ?? []).Select(r => r.Name), NoEscalationRule];

    public EscalationChoice ChooseEscalation(RoutingDecision overdue, IReadOnlySet<string> earlierReps, RoutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var facts = EscalationFactGatherer.Gather(overdue, earlierReps, context);
        if (_escalationFactory is not null)
        {
            using var session = _escalationFactory.CreateSession();
            session.InsertAll(facts);
            session.Fire(MaxFirings);
            if (session.Query<EscalationChoice>() is [var first, ..])
            {
                return first;
            }
        }

        // Like routing's last resort: a lead is never left without an owner.
        return EscalationChoice.ToQueue(FallbackQueues.From(context.Snapshot).Escalation, NoEscalationRule);
    }

    /// <summary>
    /// Routes; with <paramref name="captureTrace"/> false nobody listens to the engine and the
    /// outcome carries an empty trace (measures what capturing costs).
    /// </summary>
    public RoutingOutcome Route(Lead lead, RoutingContext context, bool captureTrace)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(context);
        // Disposed at the end: its tokens go to this thread's pool for the next lead's session.
        using var session = _factory.CreateSession();
        var gathered = RoutingFactGatherer.Gather(lead, context, out var mark);
        session.InsertAll(gathered);
        var capture = captureTrace ? new Explain.DecisionTraceCapture(session.Events, gathered) : null;
        var fired = mark.MayFill ? FillFromAccount(session, context, gathered, mark) : 0;
        session.Fire(MaxFirings - fired);

        var version = RuleSetVersion(context);
        var facts = new SessionFacts(session.Query<object>());
        // The profile routing ended with: completed from the lead's account when that filled its size.
        var segment = (gathered[0] as LeadProfile)?.Segment;
        var decision = facts.Draft is { } draft ? ToDecision(lead, draft, facts, gathered, version, segment) : Escalate(lead, context, version, segment);
        var changes = new LiveStateChanges
        {
            Cursor = facts.Draft?.Assignment.Cursor,
            SightedDomain = facts.Sighted?.Domain,
            CreatedAccount = facts.Created?.Account,
        };
        var trace = capture is null
            ? new RoutingTrace()
            : capture.Attach(TraceSummary.Build(capture.FiredRules, facts), version, facts.Draft);
        return new RoutingOutcome(decision, changes, trace);
    }

    /// <summary>
    /// Fires the rules that decide the lead's account; when that account has fields the lead lacks,
    /// puts the lead completed from it in place of the lead as it came (its profile, then the
    /// territories and reps its fields bring), before any rule reads them. The account's rules read
    /// none of the facts replaced, so they fired as on the completed lead, and matching runs once.
    /// </summary>
    /// <returns>The rules fired.</returns>
    private int FillFromAccount(ISession session, RoutingContext context, List<object> gathered, RoutingFactGatherer.LeadFactsMark mark)
    {
        var fired = session.Fire(MaxFirings, _accountDecidedAt);
        if (session.QueryFirst<LeadAccount>() is not { } matched || gathered[0] is not LeadProfile profile
            || AccountFill.Fillable(profile.Lead, matched.Account) is var fields && fields == LeadFields.None)
        {
            return fired;
        }

        session.Retract(profile);
        for (var i = mark.Start; i < gathered.Count; i++)
        {
            session.Retract(gathered[i]);
        }

        RoutingFactGatherer.Complete(profile.CompletedFrom(matched.Account, fields, context.Snapshot.Policy), context, mark, gathered);
        session.Insert(gathered[0]);
        for (var i = mark.Start; i < gathered.Count; i++)
        {
            session.Insert(gathered[i]);
        }

        return fired;
    }

    private static RoutingDecision ToDecision(Lead lead, DecisionDraft draft, SessionFacts facts, List<object> gathered, string version, Model.Segment? segment)
    {
        var assignment = draft.Assignment;
        var accountId = assignment.AccountId ?? facts.Owning?.Id ?? facts.Created?.Account.Id;
        var who = assignment.Assignee.RepName is { } name ? $"{name} ({assignment.Assignee.RepId})" : $"queue {assignment.Assignee.QueueName}";
        return new RoutingDecision
        {
            LeadId = lead.Id,
            Assignee = assignment.Assignee,
            Level = assignment.Level,
            TerritoryId = assignment.Territory?.Id,
            TerritoryName = assignment.Territory?.Name,
            AccountId = accountId,
            SubsidiaryAccountId = facts.Owning is { Subsidiary: { } subsidiary } owning && owning.Id == accountId ? subsidiary.Id : null,
            Treatment = draft.Treatment.Treatment,
            Priority = draft.Priority,
            RespondBy = draft.Sla.RespondBy,
            EscalateAt = draft.Sla.EscalateAt,
            Flags = draft.Flags,
            NextContactAt = draft.NextContactAt,
            Reason = $"Routed to {who} at level {RoutingLabels.Of(assignment.Level)}: {assignment.Reason}.",
            LeadScore = lead.Score,
            Source = lead.Source,
            Segment = segment,
            Unmatched = (draft.Flags & RoutingFlags.NoTerritoryMatch) != 0 ? UnmatchedOf(gathered) : null,
            RuleSetVersion = version,
        };
    }

    /// <summary>Why no territory matched, from the gathering's fact (the lead's as completed from its account, when it was); read only for a decision flagged so.</summary>
    private static UnmatchedLead? UnmatchedOf(List<object> gathered)
    {
        foreach (var fact in gathered)
        {
            if (fact is NoTerritoryMatch unmatched)
            {
                return unmatched.Unmatched;
            }
        }

        return null;
    }

    // Reached only if the rule set has no final fallback: a lead is never left without a queue.
    private static RoutingDecision Escalate(Lead lead, RoutingContext context, string version, Model.Segment? segment)
    {
        var queue = context.Snapshot.EscalationQueue?.QueueName ?? context.Snapshot.Policy.Queues.EscalationQueue;
        return new RoutingDecision
        {
            LeadId = lead.Id,
            Assignee = Assignee.ForQueue(queue),
            Level = RoutingLevel.Escalation,
            Treatment = Treatment.SdrQualification,
            RespondBy = context.Now,
            EscalateAt = context.Now,
            Reason = "No rule produced a decision; escalated for manual review.",
            LeadScore = lead.Score,
            Source = lead.Source,
            Segment = segment,
            RuleSetVersion = version,
        };
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
