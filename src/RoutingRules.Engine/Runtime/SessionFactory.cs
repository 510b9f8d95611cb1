using RoutingRules.Engine.Compilation;
using RoutingRules.Engine.Events;

namespace RoutingRules.Engine.Runtime;

/// <summary>A compiled rule set: the network plus factory-wide events.</summary>
internal sealed class SessionFactory(Network network, IReadOnlyList<IRuleDefinition> rules) : ISessionFactory
{
    public Network Network { get; } = network;

    public EventProvider EventProvider { get; } = new(null);

    public IReadOnlyList<IRuleDefinition> Rules { get; } = rules;

    public IEventProvider Events => EventProvider;

    public ISession CreateSession() => new Session(this);
}
