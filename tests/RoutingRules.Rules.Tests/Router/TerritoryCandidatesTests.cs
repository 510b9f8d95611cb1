using RoutingRules.Domain.Generation;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing.Logic;
using RoutingRules.Domain.Snapshot;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Router;

public sealed class TerritoryCandidatesTests
{
    [Fact]
    public void Matching_GeneratedDataset_AgreesWithTheSnapshotsFullMatch()
    {
        var dataset = DatasetGenerator.Generate(accounts: 200, reps: 300, territories: 800, seed: 5);
        var snapshot = ReferenceSnapshot.Build(dataset);
        var random = new Random(3);
        var industries = dataset.Territories.SelectMany(t => t.Criteria.Industries).Distinct().Append(null).ToArray();

        for (var i = 0; i < 300; i++)
        {
            var c = dataset.Territories[random.Next(dataset.Territories.Count)].Criteria;
            var query = new TerritoryQuery
            {
                Country = c.Countries.FirstOrDefault(),
                Region = random.Next(3) > 0 ? c.Regions.FirstOrDefault() : null,
                Department = random.Next(2) > 0 ? c.Departments.FirstOrDefault() : null,
                Industry = industries[random.Next(industries.Length)],
                EmployeeCount = random.Next(4) == 0 ? null : random.Next(1, 5000),
            };

            AssertSameTerritories(snapshot, query);
        }
    }

    [Theory]
    [InlineData("FR", "Ile-de-France", "75", "Paris", "75008", "healthcare", 200)]
    [InlineData("FR", null, null, null, null, null, null)]
    [InlineData("FR", "Corse", "2A", "Ajaccio", "20000", "general", 10)]
    [InlineData("US", null, "NY", null, null, "healthcare", 5000)]
    [InlineData("JP", null, null, null, null, "technology", 100)]
    [InlineData("FR", "Île-de-France", "075", "PARIS CEDEX 08", "75 008", null, null)]
    [InlineData("FR", "ILE DE FRANCE", null, "Paris 16e arr.", null, "healthcare", 5000)]
    [InlineData("FR", "Provence-Alpes-Côte d’Azur", "6", "Nice", null, null, null)]
    [InlineData("FR", null, "2a", null, null, null, null)]
    [InlineData("US", null, "ny", null, null, "healthcare", 5000)]
    public void Matching_DemoDataset_AgreesWithTheSnapshotsFullMatch(
        string country, string? region, string? department, string? city, string? postal, string? industry, int? employees)
    {
        var snapshot = ReferenceSnapshot.Build(RoutingKit.DemoDataset);

        AssertSameTerritories(snapshot, new TerritoryQuery
        {
            Country = country, Region = region, Department = department, City = city, PostalCode = postal, Industry = industry, EmployeeCount = employees,
        });
    }

    private static void AssertSameTerritories(ReferenceSnapshot snapshot, TerritoryQuery query)
    {
        var expected = snapshot.MatchingTerritories(query).Where(t => !t.IsDefaultPool).Select(t => t.Id).Order().ToArray();
        var actual = TerritoryCandidates.For(snapshot).Matching(query, snapshot.Policy.Territories).Select(t => t.Id).Order().ToArray();

        Assert.Equal(expected, actual);
    }
}
