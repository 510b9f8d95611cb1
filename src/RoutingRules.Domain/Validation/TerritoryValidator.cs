using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Validation;

internal static class TerritoryValidator
{
    public static void Validate(
        IReadOnlyList<Territory> territories,
        IReadOnlySet<string> repIds,
        IReadOnlySet<string> territoryIds,
        IReadOnlySet<string> accountIds,
        ErrorSink sink)
    {
        var parentOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var t in territories)
        {
            sink.For("Territory", t.Id);
            if (HasControlCharacter(t.Id))
            {
                // Keys of a territory's other rotations carry one (TerritoryCursor.SmallDealPoolKey),
                // so that they never name a territory.
                sink.Add("id", "must not contain control characters");
            }

            sink.Required("name", t.Name);
            sink.Text("name", t.Name);
            sink.Text("queueName", t.QueueName);
            sink.Reference("parentId", t.ParentId, territoryIds, "territory");
            sink.Reference("backupRepId", t.BackupRepId, repIds, "rep");
            for (var i = 0; i < t.MemberRepIds.Count; i++)
            {
                sink.Reference($"memberRepIds[{i}]", t.MemberRepIds[i], repIds, "rep");
            }

            for (var i = 0; i < t.NamedAccountExceptionIds.Count; i++)
            {
                sink.Reference($"namedAccountExceptionIds[{i}]", t.NamedAccountExceptionIds[i], accountIds, "account");
            }

            var c = t.Criteria;
            for (var i = 0; i < c.Countries.Count; i++)
            {
                sink.Country($"criteria.countries[{i}]", c.Countries[i]);
            }

            sink.Texts("criteria.regions", c.Regions);
            sink.Texts("criteria.departments", c.Departments);
            sink.Texts("criteria.cities", c.Cities);
            sink.Texts("criteria.postalPrefixes", c.PostalPrefixes);
            sink.Texts("criteria.industries", c.Industries);
            sink.NotNegative("criteria.minEmployees", c.MinEmployees ?? 0);
            sink.NotNegative("criteria.maxEmployees", c.MaxEmployees ?? 0);
            if (c.MinEmployees > c.MaxEmployees)
            {
                sink.Add("criteria.maxEmployees", "must not be below minEmployees");
            }

            if (t.IsEscalationQueue && string.IsNullOrWhiteSpace(t.QueueName))
            {
                sink.Add("queueName", "is required for an escalation queue");
            }

            if (!t.IsEscalationQueue && t.MemberRepIds.Count == 0 && t.BackupRepId is null && t.QueueName is null)
            {
                sink.Add("memberRepIds", "a territory needs members, a backup rep or a queue");
            }

            if (!string.IsNullOrEmpty(t.Id))
            {
                parentOf.TryAdd(t.Id, t.ParentId);
            }
        }

        foreach (var id in DatasetValidator.OnCycles(parentOf))
        {
            sink.For("Territory", id);
            sink.Add("parentId", "is part of a cycle in the territory tree");
        }
    }

    // A record read from JSON may lack its id (DatasetValidator reports that); nothing to check then.
    private static bool HasControlCharacter(string? id) => id is not null && id.Any(char.IsControl);
}
