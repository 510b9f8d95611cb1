namespace RoutingRules.Engine;

/// <summary>What a rule action sees: the firing rule, its match, and the working memory.</summary>
public interface IContext
{
    /// <summary>The rule being fired.</summary>
    IRuleDefinition Rule { get; }

    /// <summary>The match being fired (the rule and the facts bound to its variables).</summary>
    IMatch Match { get; }

    /// <summary>Inserts a new fact; facts inserted by actions are matched within the same <c>Fire</c>.</summary>
    /// <param name="fact">The fact.</param>
    void Insert(object fact);

    /// <summary>Inserts several facts.</summary>
    /// <param name="facts">The facts.</param>
    void InsertAll(IEnumerable<object> facts);

    /// <summary>Inserts a fact unless an equal fact is already present.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns><see langword="false"/> when the fact was already present.</returns>
    bool TryInsert(object fact);

    /// <summary>Tells the engine that a fact changed.</summary>
    /// <param name="fact">The fact (or an object with the same identity that replaces it).</param>
    void Update(object fact);

    /// <summary>Updates a fact unless it is unknown.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns><see langword="false"/> when the fact is not in the session.</returns>
    bool TryUpdate(object fact);

    /// <summary>Removes a fact.</summary>
    /// <param name="fact">The fact.</param>
    void Retract(object fact);

    /// <summary>Removes a fact unless it is unknown.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns><see langword="false"/> when the fact is not in the session.</returns>
    bool TryRetract(object fact);

    /// <summary>Stops firing after the current rule; the next <c>Fire</c> continues with the agenda.</summary>
    void Halt();
}
