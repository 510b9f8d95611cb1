using System.Reflection;

namespace RoutingRules.Engine;

/// <summary>Says which rule classes <see cref="RuleRepository.Load(Action{IRuleLoadSpec})"/> loads.</summary>
public interface IRuleLoadSpec
{
    /// <summary>Loads the concrete <see cref="Rule"/> classes of these assemblies.</summary>
    /// <param name="assemblies">The assemblies to scan.</param>
    /// <returns>This spec.</returns>
    IRuleLoadSpec From(params Assembly[] assemblies);

    /// <summary>Loads these rule classes.</summary>
    /// <param name="types">Concrete <see cref="Rule"/> classes.</param>
    /// <returns>This spec.</returns>
    IRuleLoadSpec From(params Type[] types);

    /// <summary>Keeps only the rules whose metadata satisfies the filter (e.g. <c>r =&gt; r.IsTagged("x")</c>).</summary>
    /// <param name="filter">The filter on name, tags, priority...</param>
    /// <returns>This spec.</returns>
    IRuleLoadSpec Where(Func<IRuleDefinition, bool> filter);
}
