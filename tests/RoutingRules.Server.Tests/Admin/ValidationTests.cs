using RoutingRules.Domain.Model;
using RoutingRules.Grpc;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Admin;

/// <summary>Every rejected write answers INVALID_ARGUMENT naming each bad record and field, and leaves the store unchanged.</summary>
public class ValidationTests
{
    [Fact]
    public async Task UpsertAccount_UnknownOwner_NamesAccountFieldAndWritesNothing()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var before = server.StoredJson();

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.CallAsync(
            "UpsertAccount", new Proto.UpsertAccountRequest { Account = new Proto.Account { Id = "initech", Name = "Initech", OwnerId = "ghost" } }, Proto.Account.Parser));

        AssertViolations(error, "accounts[initech].owner_id");
        Assert.Contains("ghost", error.GetBadRequest()!.FieldViolations[0].Description);
        Assert.Equal(before, server.StoredJson());
    }

    [Fact]
    public async Task UpsertAccount_DomainClaimedByAnotherAccount_NamesTheDomain()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var before = server.StoredJson();
        var account = new Proto.Account { Id = "copycat", Name = "Copycat" };
        account.Domains.Add("ACME.com");

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.CallAsync(
            "UpsertAccount", new Proto.UpsertAccountRequest { Account = account }, Proto.Account.Parser));

        AssertViolations(error, "accounts[copycat].domains[0]");
        Assert.Contains("acme", error.GetBadRequest()!.FieldViolations[0].Description);
        Assert.Equal(before, server.StoredJson());
    }

    [Fact]
    public async Task UpsertAccount_MalformedIpRange_NamesTheRangeAndWritesNothing()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var before = server.StoredJson();
        var account = new Proto.Account { Id = "netco", Name = "Netco" };
        account.IpRanges.Add("203.0.113.0/24");
        account.IpRanges.Add("203.0.113.7/24");
        account.IpRanges.Add("2001:db8::/129");

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.CallAsync(
            "UpsertAccount", new Proto.UpsertAccountRequest { Account = account }, Proto.Account.Parser));

        AssertViolations(error, "accounts[netco].ip_ranges[1]", "accounts[netco].ip_ranges[2]");
        Assert.Contains("203.0.113.0/24", error.GetBadRequest()!.FieldViolations[0].Description);
        Assert.Equal(before, server.StoredJson());
        Assert.Null(server.Data.Store.Current.GetAccount("netco"));
    }

    [Fact]
    public async Task UpsertTerritory_ParentCycle_NamesEveryTerritoryOnTheCycle()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var before = server.StoredJson();
        var emea = new Proto.Territory { Id = "emea", Name = "EMEA", ParentId = "france" };
        emea.MemberRepIds.Add("alice");

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.CallAsync(
            "UpsertTerritory", new Proto.UpsertTerritoryRequest { Territory = emea }, Proto.Territory.Parser));

        AssertViolations(error, "territories[emea].parent_id", "territories[france].parent_id");
        Assert.Equal(before, server.StoredJson());
    }

    [Fact]
    public async Task UpsertRep_InvalidTimeZone_NamesTimeZone()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var before = server.StoredJson();

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.CallAsync(
            "UpsertRep", new Proto.UpsertRepRequest { Rep = new Proto.Rep { Id = "zed", Name = "Zed", TimeZone = "Mars/Olympus" } }, Proto.Rep.Parser));

        AssertViolations(error, "reps[zed].time_zone");
        Assert.Equal(before, server.StoredJson());
    }

    [Fact]
    public async Task UpsertTerritory_InvalidCountryCode_NamesCriteriaIndex()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var before = server.StoredJson();
        var territory = new Proto.Territory { Id = "nowhere", Name = "Nowhere", Criteria = new Proto.TerritoryCriteria() };
        territory.MemberRepIds.Add("bob");
        territory.Criteria.Countries.Add("FR");
        territory.Criteria.Countries.Add("XX");

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.CallAsync(
            "UpsertTerritory", new Proto.UpsertTerritoryRequest { Territory = territory }, Proto.Territory.Parser));

        AssertViolations(error, "territories[nowhere].criteria.countries[1]");
        Assert.Equal(before, server.StoredJson());
    }

    [Fact]
    public async Task UpdateRepWorkload_NegativeCounters_NamesEachCounter()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var before = server.StoredJson();
        var request = new Proto.UpdateRepWorkloadRequest
        {
            RepId = "alice",
            Workload = new Proto.RepWorkload { OpenLeads = -1, OverdueFollowUps = 2, AssignedToday = -3 },
        };

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.CallAsync("UpdateRepWorkload", request, Proto.Rep.Parser));

        AssertViolations(error, "workload.open_leads", "workload.assigned_today");
        Assert.Equal(before, server.StoredJson());
    }

    [Fact]
    public async Task UpsertRep_NegativeWorkloadCounter_NamesRepField()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var before = server.StoredJson();
        var rep = new Proto.Rep { Id = "neg", Name = "Neg", Workload = new Proto.RepWorkload { ActiveOpportunities = -2 } };

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.CallAsync("UpsertRep", new Proto.UpsertRepRequest { Rep = rep }, Proto.Rep.Parser));

        AssertViolations(error, "reps[neg].workload.active_opportunities");
        Assert.Equal(before, server.StoredJson());
    }

    [Fact]
    public async Task DeleteRep_StillReferenced_NamesEveryReferenceAndKeepsRep()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var before = server.StoredJson();

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.CallAsync("DeleteRep", new Proto.DeleteRequest { Id = "bob" }, Proto.DeleteResponse.Parser));

        AssertViolations(error, "territories[france].member_rep_ids[1]", "previous_leads[lead-1].owner_id");
        Assert.NotNull(server.Data.Store.GetRep("bob"));
        Assert.Equal(before, server.StoredJson());
    }

    [Fact]
    public async Task UpsertAccount_MalformedChurnDateAndEnum_NamesBothBeforeValidation()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var before = server.StoredJson();
        var account = new Proto.Account { Id = "odd", Name = "Odd", ChurnedOn = "01/02/2026", Status = (Proto.AccountStatus)42 };

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.CallAsync("UpsertAccount", new Proto.UpsertAccountRequest { Account = account }, Proto.Account.Parser));

        AssertViolations(error, "accounts[odd].status", "accounts[odd].churned_on");
        Assert.Equal(before, server.StoredJson());
    }

    [Fact]
    public async Task UpsertRep_Missing_InvalidArgument()
    {
        await using var server = await TestServer.StartWithDataAsync();

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.CallAsync("UpsertRep", new Proto.UpsertRepRequest(), Proto.Rep.Parser));

        AssertViolations(error, "rep");
    }

    [Fact]
    public async Task ImportDataset_EveryKindOfError_NamesEachRecordAndWritesNothing()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var before = server.StoredJson();
        var bad = AdminTestData.Dataset with
        {
            Reps =
            [
                .. AdminTestData.Dataset.Reps,
                new Rep { Id = "alice", Name = "Alice again" },
                new Rep { Id = "tz", Name = "Bad zone", TimeZone = "Nowhere/City" },
                new Rep { Id = "busy", Name = "Busy", Workload = new RepWorkload { OpenLeads = -5 } },
            ],
            Territories =
            [
                new Territory { Id = "a", Name = "A", ParentId = "b", MemberRepIds = ["alice"] },
                new Territory { Id = "b", Name = "B", ParentId = "a", MemberRepIds = ["alice"], Criteria = new TerritoryCriteria { Countries = ["ZZ"] } },
            ],
            Accounts =
            [
                .. AdminTestData.Dataset.Accounts,
                new Account { Id = "clone", Name = "Clone", Domains = ["acme.com"], OwnerId = "ghost", Country = "France" },
            ],
        };

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.ImportAsync(TestServer.Requests(bad, chunkSize: 2)));

        AssertViolations(
            error,
            "reps[alice].id",
            "reps[tz].time_zone",
            "reps[busy].workload.open_leads",
            "territories[a].parent_id",
            "territories[b].parent_id",
            "territories[b].criteria.countries[0]",
            "accounts[clone].owner_id",
            "accounts[clone].country",
            "accounts[clone].domains[0]");
        Assert.Equal(before, server.StoredJson());
    }

    [Fact]
    public async Task ImportDataset_UnknownReferences_NamesEachRecord()
    {
        await using var server = await TestServer.StartAsync();
        var bad = AdminTestData.Dataset with
        {
            Opportunities = [new Opportunity { Id = "o", AccountId = "nope", OwnerId = "ghost" }],
        };

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.ImportAsync(TestServer.Requests(bad)));

        AssertViolations(error, "opportunities[o].account_id", "opportunities[o].owner_id");
        Assert.Empty(server.Data.Store.ListReps());
    }

    [Fact]
    public async Task ImportDataset_ThousandsOfErrors_ListsAtMostOneHundred()
    {
        await using var server = await TestServer.StartAsync();
        var bad = AdminTestData.Dataset with
        {
            Accounts = [.. Enumerable.Range(0, 500).Select(i => new Account { Id = $"a{i}", Name = "A", OwnerId = "ghost" })],
            Opportunities = [],
        };

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.ImportAsync(TestServer.Requests(bad)));

        Assert.Equal(100, error.GetBadRequest()!.FieldViolations.Count);
        Assert.StartsWith("500 validation errors", error.Detail);
    }

    internal static void AssertViolations(GrpcStatusException error, params string[] fields)
    {
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var reported = error.GetBadRequest()!.FieldViolations.Select(v => v.Field).ToList();
        foreach (var field in fields)
        {
            Assert.Contains(field, reported);
        }

        Assert.Equal(fields.Length, reported.Count);
    }
}
