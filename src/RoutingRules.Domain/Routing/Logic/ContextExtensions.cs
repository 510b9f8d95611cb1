using RoutingRules.Engine;

namespace RoutingRules.Domain.Routing.Logic;

/// <summary>Working-memory moves rules make in one step.</summary>
public static class ContextExtensions
{
    /// <summary>Replaces a fact by another one (e.g. a claim handed over to a successor).</summary>
    public static void Replace(this IContext context, object old, object replacement)
    {
        context.Retract(old);
        context.Insert(replacement);
    }
}
