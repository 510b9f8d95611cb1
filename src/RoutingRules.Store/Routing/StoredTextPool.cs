using RoutingRules.Domain.Routing;

namespace RoutingRules.Store.Routing;

/// <summary>
/// One instance of each text and assignee read while the live state is loaded. Every decision in
/// force stays in memory for the life of the server, and read back row by row each would hold its
/// own copy of texts most decisions share: the rule-set version, rep ids and names, queues,
/// territories, accounts, and reasons, which repeat for every lead routed the same way. Used for
/// one load, then dropped: it only makes the decisions it read share their values.
/// </summary>
internal sealed class StoredTextPool
{
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<(string?, string?, string?), Assignee> _assignees = [];

    public string? Share(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (_texts.TryGetValue(text, out var shared))
        {
            return shared;
        }

        _texts.Add(text, text);
        return text;
    }

    public Assignee ShareAssignee(Assignee assignee)
    {
        var key = (assignee.RepId, assignee.RepName, assignee.QueueName);
        if (_assignees.TryGetValue(key, out var shared))
        {
            return shared;
        }

        _assignees.Add(key, assignee);
        return assignee;
    }
}
