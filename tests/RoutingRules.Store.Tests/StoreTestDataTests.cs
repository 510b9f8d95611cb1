using System.Reflection;
using System.Text.Json;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Serialization;

namespace RoutingRules.Store.Tests;

/// <summary>
/// The round-trip tests only prove what <see cref="StoreTestData.Full"/> exercises: a property
/// added to a record later must be given a non-default value there, or a store that drops it
/// would still pass.
/// </summary>
public class StoreTestDataTests
{
    private const string Minimal = """{"id":"x","name":"x","accountId":"x","ownerId":"x"}""";

    public static TheoryData<string> RecordTypes() =>
        new(nameof(Rep), nameof(RepWorkload), nameof(RepStats), nameof(Territory), nameof(TerritoryCriteria), nameof(Account), nameof(Opportunity), nameof(PreviousLead));

    [Theory]
    [MemberData(nameof(RecordTypes))]
    public void Full_EveryPropertyOfRecordType_SetAwayFromDefault(string type)
    {
        var d = StoreTestData.Full();
        var (recordType, records) = type switch
        {
            nameof(Rep) => (typeof(Rep), d.Reps.Cast<object>()),
            nameof(RepWorkload) => (typeof(RepWorkload), d.Reps.Select(r => (object)r.Workload)),
            nameof(RepStats) => (typeof(RepStats), d.Reps.Where(r => r.Stats is not null).Select(r => (object)r.Stats!)),
            nameof(Territory) => (typeof(Territory), d.Territories.Cast<object>()),
            nameof(TerritoryCriteria) => (typeof(TerritoryCriteria), d.Territories.Select(t => (object)t.Criteria)),
            nameof(Account) => (typeof(Account), d.Accounts.Cast<object>()),
            nameof(Opportunity) => (typeof(Opportunity), d.Opportunities.Cast<object>()),
            nameof(PreviousLead) => (typeof(PreviousLead), d.PreviousLeads.Cast<object>()),
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };
        var defaults = JsonSerializer.Deserialize(Minimal, recordType, DatasetJson.Compact)!;

        var unset = Stored(recordType)
            .Where(p => records.All(r => Json(p, r) == Json(p, defaults)))
            .Select(p => p.Name)
            .ToList();

        Assert.Empty(unset);
    }

    [Fact]
    public void Full_Sample_PassesValidation() =>
        Assert.Empty(Domain.Validation.DatasetValidator.Validate(StoreTestData.Full()));

    // A property written only when set (JsonIgnoreCondition.WhenWritingDefault) is stored all the same.
    private static IEnumerable<PropertyInfo> Stored(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is not null
                && p.GetCustomAttribute<System.Text.Json.Serialization.JsonIgnoreAttribute>() is not { Condition: System.Text.Json.Serialization.JsonIgnoreCondition.Always });

    private static string Json(PropertyInfo property, object record) =>
        JsonSerializer.Serialize(property.GetValue(record), property.PropertyType, DatasetJson.Compact);
}
