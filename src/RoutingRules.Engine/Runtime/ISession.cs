namespace RoutingRules.Engine;

/// <summary>
/// A working memory with its agenda. Cheap to create; single-threaded: use one session per unit of work.
/// Disposing a finished session is optional: it lets the next session on the same thread reuse the
/// session's internal match records instead of allocating new ones.
/// </summary>
public interface ISession : IDisposable
{
    /// <summary>Events of this session (the factory's events are raised as well).</summary>
    IEventProvider Events { get; }

    /// <summary>Inserts a fact and propagates it through the network.</summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="ArgumentException">The fact is already in the session.</exception>
    void Insert(object fact);

    /// <summary>Inserts several facts; throws before inserting any if one is already present.</summary>
    /// <param name="facts">The facts.</param>
    void InsertAll(IEnumerable<object> facts);

    /// <summary>Inserts a fact unless it is already present.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns><see langword="false"/> when the fact was already present.</returns>
    bool TryInsert(object fact);

    /// <summary>Propagates a change of a fact. An object with the same identity replaces the stored one.</summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="ArgumentException">The fact is not in the session.</exception>
    void Update(object fact);

    /// <summary>Updates a fact unless it is unknown.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns><see langword="false"/> when the fact is not in the session.</returns>
    bool TryUpdate(object fact);

    /// <summary>Removes a fact.</summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="ArgumentException">The fact is not in the session.</exception>
    void Retract(object fact);

    /// <summary>Removes a fact unless it is unknown.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns><see langword="false"/> when the fact is not in the session.</returns>
    bool TryRetract(object fact);

    /// <summary>Fires rules until the agenda is empty or an action halts.</summary>
    /// <returns>The number of rules fired.</returns>
    int Fire();

    /// <summary>Fires at most <paramref name="maxRulesNumber"/> rules (bounds runaway chains).</summary>
    /// <param name="maxRulesNumber">The maximum number of firings.</param>
    /// <returns>The number of rules fired.</returns>
    int Fire(int maxRulesNumber);

    /// <summary>
    /// Fires at most <paramref name="maxRulesNumber"/> rules while the next activation's rule has a
    /// priority of at least <paramref name="minPriority"/>: the stages above it run, the rest wait on
    /// the agenda for the next <c>Fire</c> (a caller that inserts more facts once they have run).
    /// </summary>
    /// <param name="maxRulesNumber">The maximum number of firings.</param>
    /// <param name="minPriority">The lowest priority fired.</param>
    /// <returns>The number of rules fired.</returns>
    int Fire(int maxRulesNumber, int minPriority);

    /// <summary>The facts of type <typeparamref name="T"/> in the session (linked facts included).</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <returns>A snapshot of the matching facts.</returns>
    IReadOnlyList<T> Query<T>();

    /// <summary>
    /// The earliest inserted fact of type <typeparamref name="T"/> still in the session, or null;
    /// unlike <see cref="Query{T}"/> it allocates nothing (a caller reading one fact between two <c>Fire</c>s).
    /// </summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <returns>The fact, or null when the session has none of the type.</returns>
    T? QueryFirst<T>()
        where T : class;

    /// <summary>The number of pending activations.</summary>
    int AgendaCount { get; }
}
