namespace RoutingRules.Engine;

/// <summary>A compiled rule network. Immutable and thread-safe; create one per rule set and share it.</summary>
public interface ISessionFactory
{
    /// <summary>The compiled rules.</summary>
    IReadOnlyList<IRuleDefinition> Rules { get; }

    /// <summary>Events raised by every session of this factory, in addition to the session's own.</summary>
    IEventProvider Events { get; }

    /// <summary>Creates an empty session.</summary>
    /// <returns>The session.</returns>
    ISession CreateSession();
}
