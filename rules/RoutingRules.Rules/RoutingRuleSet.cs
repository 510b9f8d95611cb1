using System.Security.Cryptography;
using System.Text;

namespace RoutingRules.Rules;

/// <summary>
/// The routing rules of this assembly compiled once: the session factory, the loaded rules and
/// a hash of them. The composition root calls <see cref="Compile"/> at start and shares the
/// result (it is immutable and thread-safe).
/// </summary>
public sealed class RoutingRuleSet
{
    private RoutingRuleSet(ISessionFactory factory, string hash)
    {
        Factory = factory;
        Hash = hash;
    }

    public ISessionFactory Factory { get; }

    /// <summary>Every loaded rule: name, description, tags, priority.</summary>
    public IReadOnlyList<IRuleDefinition> Rules => Factory.Rules;

    /// <summary>SHA-256 of the rules' names, priorities, tags and descriptions (hex); the router adds the policy.</summary>
    public string Hash { get; }

    /// <summary>Loads and compiles the rules, optionally filtered (e.g. to test a subset).</summary>
    public static RoutingRuleSet Compile(Func<IRuleDefinition, bool>? filter = null)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(RoutingRuleSet).Assembly).Where(r => filter is null || filter(r)));
        var factory = repository.Compile();
        var text = new StringBuilder();
        foreach (var rule in factory.Rules.OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            text.Append(rule.Name).Append('|').Append(rule.Priority).Append('|')
                .Append(string.Join(',', rule.Tags)).Append('|').Append(rule.Description).Append('\n');
        }

        return new RoutingRuleSet(factory, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))));
    }

    /// <summary>A router over this rule set.</summary>
    public RuleBasedLeadRouter CreateRouter() => new(Factory, Hash);
}
