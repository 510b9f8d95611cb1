using RoutingRules.Domain.Routing;

namespace RoutingRules.Rules.Tests.Kit;

/// <summary>The outcome of routing one lead, with fluent assertions that explain themselves when they fail.</summary>
public sealed class RoutedLead(RoutingOutcome outcome)
{
    public RoutingOutcome Outcome { get; } = outcome;
    public RoutingDecision Decision => Outcome.Decision;
    public RoutingTrace Trace => Outcome.Trace;

    public RoutedLead AssignedTo(string repId)
    {
        Assert.True(Decision.Assignee.RepId == repId, $"expected rep {repId}, got {Describe()}");
        return this;
    }

    public RoutedLead AssignedToQueue(string queue)
    {
        Assert.True(Decision.Assignee.QueueName == queue, $"expected queue {queue}, got {Describe()}");
        return this;
    }

    public RoutedLead AtLevel(RoutingLevel level)
    {
        Assert.True(Decision.Level == level, $"expected level {level}, got {Describe()}");
        return this;
    }

    public RoutedLead InTerritory(string? territoryId)
    {
        Assert.True(Decision.TerritoryId == territoryId, $"expected territory {territoryId ?? "none"}, got {Describe()}");
        return this;
    }

    public RoutedLead ForAccount(string? accountId)
    {
        Assert.True(Decision.AccountId == accountId, $"expected account {accountId ?? "none"}, got {Decision.AccountId ?? "none"}; {Describe()}");
        return this;
    }

    /// <summary>The subsidiary the lead matched when the decision went by its parent (null: none).</summary>
    public RoutedLead FromSubsidiary(string? accountId)
    {
        Assert.True(Decision.SubsidiaryAccountId == accountId, $"expected subsidiary account {accountId ?? "none"}, got {Decision.SubsidiaryAccountId ?? "none"}; {Describe()}");
        return this;
    }

    public RoutedLead AtPriority(LeadPriority priority)
    {
        Assert.True(Decision.Priority == priority, $"expected priority {priority}, got {Describe()}");
        return this;
    }

    public RoutedLead WithTreatment(Treatment treatment)
    {
        Assert.True(Decision.Treatment == treatment, $"expected treatment {treatment}, got {Describe()}");
        return this;
    }

    public RoutedLead Fired(string ruleName)
    {
        AssertKnown(ruleName);
        Assert.True(Trace.FiredRules.Contains(ruleName), $"expected rule {ruleName} to fire; {Describe()}");
        return this;
    }

    public RoutedLead DidNotFire(string ruleName)
    {
        // A misspelt name never fires: without this check the assertion would always pass.
        AssertKnown(ruleName);
        Assert.False(Trace.FiredRules.Contains(ruleName), $"expected rule {ruleName} not to fire; {Describe()}");
        return this;
    }

    public RoutedLead Flagged(RoutingFlags flags)
    {
        Assert.True(Decision.Flags.HasFlag(flags), $"expected flags {flags}, got {Decision.Flags}; {Describe()}");
        return this;
    }

    public RoutedLead NotFlagged(RoutingFlags flags)
    {
        Assert.True((Decision.Flags & flags) == RoutingFlags.None, $"expected no {flags}, got {Decision.Flags}; {Describe()}");
        return this;
    }

    public RoutedLead Excluded(string repId, string reason)
    {
        Assert.True(Trace.Exclusions.Any(x => x.RepId == repId && x.Reason == reason),
            $"expected {repId} excluded for '{reason}'; exclusions: {string.Join("; ", Trace.Exclusions)}; {Describe()}");
        return this;
    }

    public string Describe() =>
        $"{Decision.Assignee.RepId ?? Decision.Assignee.QueueName} at {Decision.Level} in {Decision.TerritoryId ?? "no territory"} " +
        $"(account {Decision.AccountId ?? "none"}, flags {Decision.Flags}, priority {Decision.Priority}, treatment {Decision.Treatment}): " +
        $"{Decision.Reason} Fired: {string.Join(", ", Trace.FiredRules)}";

    private static void AssertKnown(string ruleName)
    {
        var names = RoutingKit.RuleSet.Rules.Select(r => r.Name);
        Assert.True(names.Contains(ruleName), $"no rule named {ruleName} in the rule set; rules of its folder: " +
            string.Join(", ", names.Where(n => n.StartsWith(ruleName.Split('.')[0] + ".", StringComparison.Ordinal)).Order(StringComparer.Ordinal)));
    }
}
