using RoutingRules.Grpc;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Admin;

public class RecordCrudTests
{
    [Fact]
    public async Task UpsertRep_NewRep_GetReturnsEveryField()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var rep = new Proto.Rep
        {
            Id = "carol", Name = "Carol Diaz", Email = "carol@example.com", Role = Proto.RepRole.AccountManager,
            Seniority = Proto.Seniority.Senior, ManagerId = "alice", BackupId = "bob", TimeZone = "Europe/Madrid",
            PerformanceWeight = 1.5, QuotaAttainment = 0.8, OpenLeadsCap = 25, SpecialistDepartment = "finance",
            Workload = new Proto.RepWorkload { OpenLeads = 3, AssignedToday = 1 },
            Stats = new Proto.RepStats { ConversionRate = 0.25 },
        };
        rep.Languages.Add("es");
        rep.Industries.Add("healthcare");
        rep.Stats.ConversionRateBySource["referral"] = 0.4;
        rep.Absences.Add(new Proto.AbsencePeriod
        {
            Start = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 12, 24, 0, 0, 0, TimeSpan.Zero)),
            End = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(new DateTimeOffset(2027, 1, 2, 0, 0, 0, TimeSpan.Zero)),
        });

        var stored = await server.CallAsync("UpsertRep", new Proto.UpsertRepRequest { Rep = rep }, Proto.Rep.Parser);
        var fetched = await server.CallAsync("GetRep", new Proto.GetRequest { Id = "carol" }, Proto.Rep.Parser);

        rep.Status = Proto.RepStatus.Available;
        Assert.Equal(rep, stored);
        Assert.Equal(rep, fetched);
        Assert.Equal("Carol Diaz", server.Data.Store.GetRep("carol")!.Name);
    }

    [Fact]
    public async Task UpsertRep_UnsetOptionals_DistinctFromZero()
    {
        await using var server = await TestServer.StartWithDataAsync();

        var stored = await server.CallAsync("UpsertRep", new Proto.UpsertRepRequest { Rep = new Proto.Rep { Id = "dan", Name = "Dan" } }, Proto.Rep.Parser);
        var withZero = await server.CallAsync("UpsertRep", new Proto.UpsertRepRequest { Rep = new Proto.Rep { Id = "eve", Name = "Eve", OpenLeadsCap = 0 } }, Proto.Rep.Parser);

        Assert.False(stored.HasOpenLeadsCap);
        Assert.Null(server.Data.Store.GetRep("dan")!.OpenLeadsCap);
        Assert.True(withZero.HasOpenLeadsCap);
        Assert.Equal(0, server.Data.Store.GetRep("eve")!.OpenLeadsCap);
        Assert.Equal("UTC", stored.TimeZone);
        Assert.Equal(1.0, stored.PerformanceWeight);
    }

    [Fact]
    public async Task UpsertTerritory_ThenGetAndList_RoundTrips()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var territory = new Proto.Territory
        {
            Id = "paris", Name = "Paris", ParentId = "france", Priority = 5, Strategy = Proto.DistributionStrategy.Weighted,
            BackupRepId = "bob", Criteria = new Proto.TerritoryCriteria { MinEmployees = 0, Segment = Proto.Segment.Enterprise },
        };
        territory.MemberRepIds.Add("alice");
        territory.Criteria.Departments.Add("75");
        territory.NamedAccountExceptionIds.Add("globex");

        await server.CallAsync("UpsertTerritory", new Proto.UpsertTerritoryRequest { Territory = territory }, Proto.Territory.Parser);
        var fetched = await server.CallAsync("GetTerritory", new Proto.GetRequest { Id = "paris" }, Proto.Territory.Parser);
        var list = await server.CallAsync("ListTerritories", new Proto.ListRequest(), Proto.ListTerritoriesResponse.Parser);

        Assert.Equal(territory, fetched);
        Assert.Equal(["emea", "france", "paris"], list.Territories.Select(t => t.Id));
        Assert.Equal(3, list.TotalSize);
        Assert.Equal(string.Empty, list.NextPageToken);
    }

    [Fact]
    public async Task UpsertAccount_ReplacesExisting_GetShowsNewValues()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var account = new Proto.Account
        {
            Id = "acme", Name = "Acme Corp", Status = Proto.AccountStatus.Churned, ChurnedOn = "2026-02-01",
            OwnerId = "bob", ContractValue = 75_000, Country = "DE", Strategic = true, AutoCreated = true,
            PartnerManagerId = "alice", PartnerSourcing = Proto.PartnerSourcing.Direct,
        };
        account.Domains.Add("acme.com");
        account.Domains.Add("acme.de");
        account.Aliases.Add("ACME");
        account.IpRanges.Add("203.0.113.0/24");
        account.IpRanges.Add("2001:db8:acce::/48");

        await server.CallAsync("UpsertAccount", new Proto.UpsertAccountRequest { Account = account }, Proto.Account.Parser);
        var fetched = await server.CallAsync("GetAccount", new Proto.GetRequest { Id = "acme" }, Proto.Account.Parser);

        Assert.Equal(account, fetched);
        Assert.True(server.Data.Store.GetAccount("acme")!.AutoCreated);
        Assert.Equal(Domain.Model.PartnerSourcing.Direct, server.Data.Store.GetAccount("acme")!.PartnerSourcing);
        Assert.Equal("acme", server.Data.Store.Current.FindAccountByDomain("someone@acme.de")!.Account.Id);
        Assert.Equal("acme", Assert.Single(server.Data.Store.Current.FindAccountsByIp("2001:db8:acce::9")).Account.Id);
    }

    [Fact]
    public async Task UpsertOpportunityAndPreviousLead_ThenList_RoundTrip()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var opportunity = new Proto.Opportunity { Id = "opp-2", AccountId = "globex", OwnerId = "bob", Status = Proto.OpportunityStatus.ClosedWon, Amount = 9_000 };
        var lead = new Proto.PreviousLead
        {
            Id = "lead-2", AccountId = "globex", OwnerId = "alice", Outcome = Proto.LeadOutcome.Converted,
            ReceivedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero)),
        };

        await server.CallAsync("UpsertOpportunity", new Proto.UpsertOpportunityRequest { Opportunity = opportunity }, Proto.Opportunity.Parser);
        await server.CallAsync("UpsertPreviousLead", new Proto.UpsertPreviousLeadRequest { PreviousLead = lead }, Proto.PreviousLead.Parser);
        var opportunities = await server.CallAsync("ListOpportunities", new Proto.ListRequest(), Proto.ListOpportunitiesResponse.Parser);
        var leads = await server.CallAsync("ListPreviousLeads", new Proto.ListRequest(), Proto.ListPreviousLeadsResponse.Parser);

        Assert.Equal(opportunity, opportunities.Opportunities.Single(o => o.Id == "opp-2"));
        Assert.Equal(lead, leads.PreviousLeads.Single(l => l.Id == "lead-2"));
        Assert.Equal(2, leads.TotalSize);
    }

    [Fact]
    public async Task DeleteOpportunity_Existing_GoneAfterwards()
    {
        await using var server = await TestServer.StartWithDataAsync();

        await server.CallAsync("DeleteOpportunity", new Proto.DeleteRequest { Id = "opp-1" }, Proto.DeleteResponse.Parser);
        var error = await Assert.ThrowsAsync<GrpcStatusException>(() =>
            server.CallAsync("GetOpportunity", new Proto.GetRequest { Id = "opp-1" }, Proto.Opportunity.Parser));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Null(server.Data.Store.GetOpportunity("opp-1"));
    }

    [Theory]
    [InlineData("GetRep")]
    [InlineData("GetTerritory")]
    [InlineData("GetAccount")]
    [InlineData("GetOpportunity")]
    [InlineData("GetPreviousLead")]
    public async Task Get_UnknownId_NotFound(string method)
    {
        await using var server = await TestServer.StartWithDataAsync();

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() =>
            server.CallAsync(method, new Proto.GetRequest { Id = "nobody" }, Proto.Rep.Parser));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Contains("'nobody'", error.Detail);
    }

    [Theory]
    [InlineData("DeleteRep")]
    [InlineData("DeleteTerritory")]
    [InlineData("DeleteAccount")]
    [InlineData("DeleteOpportunity")]
    [InlineData("DeletePreviousLead")]
    public async Task Delete_UnknownId_NotFoundAndNothingChanged(string method)
    {
        await using var server = await TestServer.StartWithDataAsync();
        var before = server.StoredJson();

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() =>
            server.CallAsync(method, new Proto.DeleteRequest { Id = "nobody" }, Proto.DeleteResponse.Parser));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Equal(before, server.StoredJson());
    }

    [Fact]
    public async Task Get_EmptyId_InvalidArgumentNamingId()
    {
        await using var server = await TestServer.StartWithDataAsync();

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() =>
            server.CallAsync("GetRep", new Proto.GetRequest(), Proto.Rep.Parser));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("id", error.GetBadRequest()!.FieldViolations.Single().Field);
    }

    [Fact]
    public async Task ListAccounts_PageSizeTwo_WalksEveryPageOnce()
    {
        await using var server = await TestServer.StartAsync();
        server.Data.Store.ImportDataset(Domain.Generation.DatasetGenerator.Generate(accounts: 7, reps: 3, territories: 2, seed: 4));
        var seen = new List<string>();
        var token = string.Empty;
        var pages = 0;
        do
        {
            var page = await server.CallAsync("ListAccounts", new Proto.ListRequest { PageSize = 2, PageToken = token }, Proto.ListAccountsResponse.Parser);
            seen.AddRange(page.Accounts.Select(a => a.Id));
            token = page.NextPageToken;
            pages++;
            Assert.Equal(7, page.TotalSize);
        }
        while (token.Length > 0);

        Assert.Equal(4, pages);
        Assert.Equal(server.Data.Store.ListAccounts().Select(a => a.Id), seen);
    }

    [Theory]
    [InlineData(-1, "")]
    [InlineData(10_001, "")]
    [InlineData(10, "abc")]
    public async Task ListReps_BadPaging_InvalidArgument(int pageSize, string token)
    {
        await using var server = await TestServer.StartWithDataAsync();

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() =>
            server.CallAsync("ListReps", new Proto.ListRequest { PageSize = pageSize, PageToken = token }, Proto.ListRepsResponse.Parser));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }
}
