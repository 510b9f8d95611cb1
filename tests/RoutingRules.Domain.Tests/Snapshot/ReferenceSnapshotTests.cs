using RoutingRules.Domain.Model;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Tests.Snapshot;

public class ReferenceSnapshotTests
{
    private readonly ReferenceSnapshot _snapshot = ReferenceSnapshot.Build(TestData.Small());

    [Theory]
    [InlineData("jane@acmecorp.com")]
    [InlineData("jane@eu.acme.com")]
    [InlineData("ACME.COM")]
    [InlineData("https://www.acmecorp.com/contact")]
    public void FindAccountByDomain_KnownDomainOrSubDomain_FindsAccount(string input) =>
        Assert.Equal("a1", _snapshot.FindAccountByDomain(input)?.Account.Id);

    [Theory]
    [InlineData("jane@gmail.com")]
    [InlineData("jane@unknown.com")]
    [InlineData("not an email")]
    [InlineData(null)]
    public void FindAccountByDomain_FreeMailOrUnknown_Null(string? input) => Assert.Null(_snapshot.FindAccountByDomain(input));

    [Fact]
    public void FindAccountByDomain_FreeMailListedByAccount_StillNull()
    {
        var d = TestData.Small();
        var snapshot = ReferenceSnapshot.Build(d with { Accounts = [.. d.Accounts, new Account { Id = "g", Name = "Google", Domains = ["gmail.com"] }] });
        Assert.Null(snapshot.FindAccountByDomain("someone@gmail.com"));
    }

    [Theory]
    [InlineData("Acme", "a1", AccountMatchKind.Name)]
    [InlineData("ACME Corporation", "a1", AccountMatchKind.Name)]
    [InlineData("IBM", "a2", AccountMatchKind.Alias)]
    [InlineData("I.B.M. Corp", "a2", AccountMatchKind.Alias)]
    public void FindAccountsByName_NameOrAlias_Found(string name, string id, AccountMatchKind kind)
    {
        var match = Assert.Single(_snapshot.FindAccountsByName(name));
        Assert.Equal((id, kind), (match.Account.Id, match.Kind));
    }

    [Fact]
    public void FindAccountsByFuzzyName_Misspelling_ScoresAboveMatchThreshold()
    {
        var best = _snapshot.FindAccountsByFuzzyName("Internationl Busines Machines Inc")[0];
        Assert.Equal("a2", best.Account.Id);
        Assert.True(best.Score >= 0.80, $"score {best.Score}");
    }

    [Fact]
    public void FindAccountsByFuzzyName_Unrelated_Empty() => Assert.Empty(_snapshot.FindAccountsByFuzzyName("Zebra Quantum"));

    [Fact]
    public void FindAccountsByFuzzyName_ResultsOrderedBestFirst()
    {
        var matches = _snapshot.FindAccountsByFuzzyName("Acme Su");
        Assert.True(matches.Count >= 2);
        Assert.Equal(matches.OrderByDescending(m => m.Score).Select(m => m.Account.Id), matches.Select(m => m.Account.Id));
        Assert.Equal("a3", matches[0].Account.Id);
    }

    [Fact]
    public void MatchingTerritories_ParisHealthcareLead_GeoAndVerticalTerritories()
    {
        var found = _snapshot.MatchingTerritories(new TerritoryQuery { Country = "FR", Region = "IDF", Department = "75", Industry = "healthcare" });
        Assert.Equal(["t-health", "t-fr", "t-idf", "t-pool"], found.Select(t => t.Id));
    }

    /// <summary>The index is keyed as the matcher compares: a spelling the matcher accepts finds the territory.</summary>
    [Theory]
    [InlineData("idf", null)]
    [InlineData(" Idf ", null)]
    [InlineData(null, "092")]
    public void MatchingTerritories_OtherSpellingOfTheRegionOrDepartment_FindsTheTerritory(string? region, string? department)
    {
        var found = _snapshot.MatchingTerritories(new TerritoryQuery { Country = "FR", Region = region, Department = department });
        Assert.Contains("t-idf", found.Select(t => t.Id));
    }

    [Fact]
    public void MatchingTerritories_UnknownCountry_OnlyUnconstrainedTerritories()
    {
        var found = _snapshot.MatchingTerritories(new TerritoryQuery { Country = "JP" });
        Assert.Equal(["t-pool"], found.Select(t => t.Id));
    }

    [Fact]
    public void Indexes_ByDimension_ReturnTerritories()
    {
        Assert.Equal(["t-fr", "t-idf"], _snapshot.TerritoriesByCountry("fr").Select(t => t.Id));
        Assert.Equal(["t-idf"], _snapshot.TerritoriesByDepartment("92").Select(t => t.Id));
        Assert.Equal(["t-idf"], _snapshot.TerritoriesByDepartment("092").Select(t => t.Id));
        Assert.Empty(_snapshot.TerritoriesByDepartment("9"));
        Assert.Equal(["t-idf"], _snapshot.TerritoriesByRegion("idf").Select(t => t.Id));
        Assert.Equal(["t-health"], _snapshot.TerritoriesByIndustry("Healthcare").Select(t => t.Id));
        Assert.Equal(["t-idf"], _snapshot.ChildTerritories("t-fr").Select(t => t.Id));
        Assert.Equal("t-pool", _snapshot.DefaultPool?.Id);
        Assert.Equal("t-esc", _snapshot.EscalationQueue?.Id);
    }

    [Fact]
    public void Relations_OpportunitiesLeadsSubsidiaries_Indexed()
    {
        Assert.Equal("o1", Assert.Single(_snapshot.OpportunitiesForAccount("a1")).Id);
        Assert.Equal("l1", Assert.Single(_snapshot.PreviousLeadsForAccount("a2")).Id);
        Assert.Equal("l2", Assert.Single(_snapshot.PreviousLeadsForDomain("unknown-co.de")).Id);
        Assert.Equal("a3", Assert.Single(_snapshot.Subsidiaries("a1")).Id);
        Assert.Empty(_snapshot.OpportunitiesForAccount("a2"));
    }

    [Fact]
    public void WithRep_ChangedWorkload_NewSnapshotOnlyAndIndexesKept()
    {
        var updated = _snapshot.GetRep("r1")! with { Workload = new RepWorkload { OpenLeads = 7 } };
        var next = _snapshot.WithRep(updated);
        Assert.Equal(7, next.GetRep("r1")!.Workload.OpenLeads);
        Assert.Equal(0, _snapshot.GetRep("r1")!.Workload.OpenLeads);
        Assert.True(next.Version > _snapshot.Version);
        Assert.Equal("a1", next.FindAccountByDomain("acme.com")?.Account.Id);
        Assert.Equal(3, next.Dataset.Reps.Count);
    }

    [Fact]
    public void SnapshotHolder_ConcurrentUpdates_NoLostChange()
    {
        var holder = new SnapshotHolder(_snapshot);
        Parallel.For(0, 200, _ => holder.Update(s =>
        {
            var rep = s.GetRep("r1")!;
            return s.WithRep(rep with { Workload = rep.Workload with { OpenLeads = rep.Workload.OpenLeads + 1 } });
        }));
        Assert.Equal(200, holder.Current.GetRep("r1")!.Workload.OpenLeads);
    }

    [Theory]
    [InlineData("203.0.113.45", "a1")]
    [InlineData(" 203.0.113.45 ", "a1")]
    [InlineData("2001:db8:acce::1", "a1")]
    [InlineData("203.0.113.200", "a3,a1")]
    [InlineData("198.51.100.1", "")]
    [InlineData("203.0.113", "")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void FindAccountsByIp_Address_AccountsWhoseNetworksHoldIt(string? ip, string expected)
    {
        var d = TestData.Small();
        var snapshot = ReferenceSnapshot.Build(d with
        {
            Accounts = d.Accounts.Select(a => a.Id switch
            {
                "a1" => a with { IpRanges = ["203.0.113.0/24", "2001:db8:acce::/48"] },
                "a3" => a with { IpRanges = ["203.0.113.192/26"] },
                _ => a,
            }).ToList(),
        });

        Assert.Equal(expected, string.Join(",", snapshot.FindAccountsByIp(ip).Select(m => m.Account.Id)));
    }
}
