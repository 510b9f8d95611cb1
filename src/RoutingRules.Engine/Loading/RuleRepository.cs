using RoutingRules.Engine.Compilation;
using RoutingRules.Engine.Loading;
using RoutingRules.Engine.Model;
using RoutingRules.Engine.Runtime;

namespace RoutingRules.Engine;

/// <summary>
/// Loads rule classes and compiles them into a <see cref="ISessionFactory"/>. Loading validates
/// each rule (names, variable binding, actions) and fails with a <see cref="RuleDefinitionException"/>.
/// </summary>
public sealed class RuleRepository
{
    private readonly List<RuleDefinition> _rules = [];
    private readonly Dictionary<string, Type> _names = new(StringComparer.Ordinal);

    // Validating a rule means building its nodes; building them into the network Compile() will
    // hand out does that work once. Null after Compile() (the network then belongs to a factory
    // and must not change) or after a rule failed half-way; rebuilt from _rules when needed.
    private NetworkBuilder? _builder = new();

    /// <summary>Creates rule instances; by default the public parameterless constructor.</summary>
    public Func<Type, Rule> Activator { get; set; } = type => (Rule)System.Activator.CreateInstance(type)!;

    /// <summary>The loaded rules.</summary>
    public IReadOnlyList<IRuleDefinition> Rules => _rules.Select(r => (IRuleDefinition)r.Metadata).ToArray();

    /// <summary>Loads rules, e.g. <c>repo.Load(x =&gt; x.From(assembly).Where(r =&gt; r.IsTagged("routing")))</c>.</summary>
    /// <param name="spec">Chooses the rule classes.</param>
    /// <exception cref="RuleDefinitionException">A rule is invalid or its name is taken.</exception>
    public void Load(Action<IRuleLoadSpec> spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var loadSpec = new RuleLoadSpec();
        spec(loadSpec);
        foreach (var type in loadSpec.Types.Distinct())
        {
            var metadata = RuleMetadata.FromType(type);
            if (loadSpec.Accepts(metadata))
            {
                Add(metadata, () => Activator(type));
            }
        }
    }

    /// <summary>Loads rule instances, e.g. rules generated at run time with their own names.</summary>
    /// <param name="rules">The rules.</param>
    /// <exception cref="RuleDefinitionException">A rule is invalid or its name is taken.</exception>
    public void Load(IEnumerable<Rule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        foreach (var rule in rules)
        {
            Add(rule.Metadata, () => rule);
        }
    }

    /// <summary>Compiles the loaded rules into an immutable, thread-safe session factory.</summary>
    /// <returns>The factory.</returns>
    public ISessionFactory Compile() => Compile(eager: false);

    /// <summary>
    /// Compiles the loaded rules; with <paramref name="eager"/>, also compiles every condition and
    /// action to a delegate now, so that the first sessions do not pay for it (a server warming up
    /// before taking requests). Otherwise each is compiled when a session first evaluates it.
    /// </summary>
    /// <param name="eager">Whether to compile every expression now.</param>
    /// <returns>The factory.</returns>
    public ISessionFactory Compile(bool eager)
    {
        var builder = _builder ?? BuildAll();
        _builder = null;
        if (eager)
        {
            builder.CompileDelegates();
        }

        return new SessionFactory(builder.Build(), Rules);
    }

    private void Add(RuleMetadata metadata, Func<Rule> create)
    {
        if (_names.TryGetValue(metadata.Name, out var other))
        {
            throw new RuleDefinitionException(metadata.Name, $"duplicate rule name: defined by {other.FullName} and {metadata.RuleType.FullName}");
        }

        RuleDefinition definition;
        try
        {
            definition = create().Build();
        }
        catch (Exception ex) when (ex is not RuleDefinitionException)
        {
            throw new RuleDefinitionException(metadata.Name, $"Define() failed: {ex.Message}", ex);
        }

        // A rule class may pass its own name to the base constructor: that name is the one to keep unique.
        var name = definition.Metadata.Name;
        if (_names.TryGetValue(name, out other))
        {
            throw new RuleDefinitionException(name, $"duplicate rule name: defined by {other.FullName} and {metadata.RuleType.FullName}");
        }

        // Building the rule checks variable binding and expressions now rather than at Compile().
        var builder = _builder ?? BuildAll();
        try
        {
            builder.Add(definition);
        }
        catch
        {
            _builder = null;
            throw;
        }

        _builder = builder;
        _names.Add(name, metadata.RuleType);
        _rules.Add(definition);
    }

    private NetworkBuilder BuildAll()
    {
        var builder = new NetworkBuilder();
        foreach (var rule in _rules)
        {
            builder.Add(rule);
        }

        return builder;
    }
}
