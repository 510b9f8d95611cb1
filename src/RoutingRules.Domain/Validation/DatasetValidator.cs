using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Validation;

/// <summary>
/// Checks a whole dataset: required fields, duplicate ids, unknown references, a domain claimed by
/// two accounts, cycles (territory tree, rep manager chain, account parents), IANA time zones,
/// ISO country codes, negative counters and values, policy ranges, texts over <see cref="TextLimits"/>.
/// Returns every error found.
/// </summary>
public static class DatasetValidator
{
    public static IReadOnlyList<ValidationError> Validate(Dataset dataset)
    {
        var errors = new List<ValidationError>();
        var sink = new ErrorSink(errors);
        var repIds = Ids(dataset.Reps, r => r.Id, "Rep", sink);
        var territoryIds = Ids(dataset.Territories, t => t.Id, "Territory", sink);
        var accountIds = Ids(dataset.Accounts, a => a.Id, "Account", sink);
        Ids(dataset.Opportunities, o => o.Id, "Opportunity", sink);
        Ids(dataset.PreviousLeads, l => l.Id, "PreviousLead", sink);

        PolicyValidator.Validate(dataset.Policy, territoryIds, sink);
        RepValidator.Validate(dataset.Reps, repIds, sink);
        TerritoryValidator.Validate(dataset.Territories, repIds, territoryIds, accountIds, sink);
        AccountValidator.Validate(dataset.Accounts, repIds, accountIds, sink);
        ValidateOpportunities(dataset.Opportunities, repIds, accountIds, sink);
        ValidatePreviousLeads(dataset.PreviousLeads, repIds, accountIds, sink);
        return errors;
    }

    public static void ThrowIfInvalid(Dataset dataset)
    {
        var errors = Validate(dataset);
        if (errors.Count > 0)
        {
            throw new DatasetValidationException(errors);
        }
    }

    private static void ValidateOpportunities(
        IReadOnlyList<Opportunity> opportunities, IReadOnlySet<string> repIds, IReadOnlySet<string> accountIds, ErrorSink sink)
    {
        foreach (var o in opportunities)
        {
            sink.For("Opportunity", o.Id);
            sink.Required("accountId", o.AccountId);
            sink.Required("ownerId", o.OwnerId);
            sink.Reference("accountId", o.AccountId, accountIds, "account");
            sink.Reference("ownerId", o.OwnerId, repIds, "rep");
            sink.NotNegativeAmount("amount", o.Amount);
        }
    }

    private static void ValidatePreviousLeads(
        IReadOnlyList<PreviousLead> leads, IReadOnlySet<string> repIds, IReadOnlySet<string> accountIds, ErrorSink sink)
    {
        foreach (var l in leads)
        {
            sink.For("PreviousLead", l.Id);
            sink.Required("ownerId", l.OwnerId);
            sink.Reference("ownerId", l.OwnerId, repIds, "rep");
            sink.Reference("accountId", l.AccountId, accountIds, "account");
            if (l.AccountId is null && string.IsNullOrWhiteSpace(l.Domain))
            {
                sink.Add("accountId", "either accountId or domain is required");
            }
            else if (l.Domain is not null && (l.Domain.Length > TextLimits.MaxText || Matching.DomainNames.NormalizeHost(l.Domain) is null))
            {
                sink.Add("domain", $"{TextLimits.Quote(l.Domain)} is not a domain name");
            }
        }
    }

    private static HashSet<string> Ids<T>(IReadOnlyList<T> records, Func<T, string> id, string type, ErrorSink sink)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            var value = id(record);
            sink.For(type, value ?? string.Empty);
            if (string.IsNullOrWhiteSpace(value))
            {
                sink.Add("id", "is required");
            }
            else if (value.Length > TextLimits.MaxText)
            {
                sink.Add("id", TextLimits.TooLong(TextLimits.MaxText, value.Length));
            }
            else if (!ids.Add(value))
            {
                sink.Add("id", "is a duplicate");
            }
        }

        return ids;
    }

    /// <summary>Ids on a cycle of a parent-style link (parent, manager); each cycle reported once per member.</summary>
    internal static IEnumerable<string> OnCycles(IReadOnlyDictionary<string, string?> parentOf)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var onCycle = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in parentOf.Keys)
        {
            var path = new List<string>();
            var current = start;
            while (current is not null && parentOf.ContainsKey(current) && !state.ContainsKey(current))
            {
                state[current] = 1;
                path.Add(current);
                current = parentOf[current];
            }

            if (current is not null && state.TryGetValue(current, out var s) && s == 1)
            {
                var from = path.IndexOf(current);
                onCycle.UnionWith(path.Skip(from));
            }

            foreach (var visited in path)
            {
                state[visited] = 2;
            }
        }

        return onCycle.Order(StringComparer.Ordinal);
    }
}
