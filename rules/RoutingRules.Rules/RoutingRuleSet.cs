using System.Security.Cryptography;
using System.Text;

namespace RoutingRules.Rules;

/// <summary>
/// The rules of this assembly compiled once: the routing rules' session factory, the escalation
/// rules' (those tagged <see cref="EscalationTag"/>, which choose who takes a lead nobody
/// acknowledged in time, in sessions of their own), every loaded rule and a hash of them. The
/// composition root calls <see cref="Compile"/> at start and shares the result (it is immutable
/// and thread-safe).
/// </summary>
public sealed class RoutingRuleSet
{
    /// <summary>The tag that puts a rule in the escalation sessions instead of the routing ones.</summary>
    public const string EscalationTag = "escalation";

    private RoutingRuleSet(ISessionFactory factory, ISessionFactory escalationFactory, string hash)
    {
        Factory = factory;
        EscalationFactory = escalationFactory;
        Hash = hash;
    }

    /// <summary>The routing rules (every rule but the escalation ones).</summary>
    public ISessionFactory Factory { get; }

    /// <summary>The escalation rules (tagged <see cref="EscalationTag"/>).</summary>
    public ISessionFactory EscalationFactory { get; }

    /// <summary>Every loaded rule, routing then escalation: name, description, tags, priority.</summary>
    public IReadOnlyList<IRuleDefinition> Rules => [.. Factory.Rules, .. EscalationFactory.Rules];

    /// <summary>SHA-256 of the rules' names, priorities, tags and descriptions (hex); the router adds the policy.</summary>
    public string Hash { get; }

    /// <summary>Loads and compiles the rules, optionally filtered (e.g. to test a subset).</summary>
    public static RoutingRuleSet Compile(Func<IRuleDefinition, bool>? filter = null)
    {
        var factory = CompileWhere(r => !r.IsTagged(EscalationTag) && (filter is null || filter(r)));
        var escalationFactory = CompileWhere(r => r.IsTagged(EscalationTag) && (filter is null || filter(r)));
        var text = new StringBuilder();
        foreach (var rule in factory.Rules.Concat(escalationFactory.Rules).OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            text.Append(rule.Name).Append('|').Append(rule.Priority).Append('|')
                .Append(string.Join(',', rule.Tags)).Append('|').Append(rule.Description).Append('\n');
        }

        return new RoutingRuleSet(factory, escalationFactory, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))));
    }

    /// <summary>A router over this rule set; the lead's account is decided by the bands down to <see cref="RuleBands.BestMatch"/>.</summary>
    public RuleBasedLeadRouter CreateRouter() => new(Factory, Hash, RuleBands.BestMatch, EscalationFactory);

    private static ISessionFactory CompileWhere(Func<IRuleDefinition, bool> filter)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(RoutingRuleSet).Assembly).Where(filter));
        return repository.Compile();
    }
}
