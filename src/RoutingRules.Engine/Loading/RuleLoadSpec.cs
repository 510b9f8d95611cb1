using System.Reflection;

namespace RoutingRules.Engine.Loading;

/// <summary>Collects the rule types and filters of one Load call.</summary>
internal sealed class RuleLoadSpec : IRuleLoadSpec
{
    private readonly List<Type> _types = [];
    private readonly List<Func<IRuleDefinition, bool>> _filters = [];

    public IReadOnlyList<Type> Types => _types;

    public IRuleLoadSpec From(params Assembly[] assemblies)
    {
        foreach (var assembly in assemblies)
        {
            _types.AddRange(assembly.GetTypes().Where(IsRuleType).OrderBy(t => t.FullName, StringComparer.Ordinal));
        }

        return this;
    }

    public IRuleLoadSpec From(params Type[] types)
    {
        foreach (var type in types)
        {
            if (!IsRuleType(type))
            {
                throw new ArgumentException($"{type.FullName} is not a concrete Rule class.", nameof(types));
            }

            _types.Add(type);
        }

        return this;
    }

    public IRuleLoadSpec Where(Func<IRuleDefinition, bool> filter)
    {
        _filters.Add(filter ?? throw new ArgumentNullException(nameof(filter)));
        return this;
    }

    public bool Accepts(IRuleDefinition rule) => _filters.All(f => f(rule));

    private static bool IsRuleType(Type type) =>
        typeof(Rule).IsAssignableFrom(type) && type is { IsAbstract: false, IsGenericTypeDefinition: false };
}
