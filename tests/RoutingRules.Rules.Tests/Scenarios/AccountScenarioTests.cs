using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Scenarios;

/// <summary>The account priority chain (DOMAIN.md §2) over the demo dataset.</summary>
public sealed class AccountScenarioTests
{
    private static readonly Dictionary<string, Lead> Cases = new()
    {
        ["strategic"] = Leads.From("cto@globex-pharma.com"),
        ["subsidiary of strategic"] = Leads.From("buyer@globex.fr"),
        ["named account"] = Leads.From("anna@oscorp.eu"),
        ["named account by alias"] = Leads.From("someone@gmail.com", "IBM"),
        ["large customer"] = Leads.From("it@initech.fr"),
        ["large customer new product"] = Leads.From("it@initech.fr") with { NewProductRequest = true },
        ["small customer"] = Leads.From("ops@hooli.fr"),
        ["subsidiary of customer"] = Leads.From("achats@acme-sud.fr"),
        ["partner-managed"] = Leads.From("cio@cyberdyne.fr"),
        ["direct-sourced with a partner"] = Leads.From("cto@tessier-ashpool.fr"),
        ["competitor"] = Leads.From("spy@rivalsoft.com"),
        ["churned recently"] = Leads.From("dg@stark-logistique.fr"),
        ["departed owner with successor"] = Leads.From("rh@soylent.fr"),
        ["absent owner"] = Leads.From("daf@banque-lumiere.fr"),
        ["enterprise finance contact"] = Leads.From("cfo@credit-horizon.fr") with { ContactDepartment = "finance" },
        ["enterprise contact without specialist"] = Leads.From("cmo@credit-horizon.fr") with { ContactDepartment = "marketing" },
        ["open opportunity"] = Leads.From("plant@vandelay.fr"),
        ["closed-lost previous lead"] = Leads.From("richard@piedpiper.com"),
        ["burst of leads"] = Leads.From("dsi@umbrella-sante.fr"),
        ["third lead of unknown domain"] = Leads.From("ceo@novacorp-industries.io"),
        ["Microsoft Inc"] = Leads.From("bill@outlook.com", "Microsoft Inc"),
        ["referral from a customer"] = Leads.From("new@unknown-startup.fr") with { Source = LeadSource.Referral, Referrer = "friend@initech.fr" },
    };

    [Theory]
    [InlineData("strategic", "ae-paris-1", RoutingLevel.Strategic, "Accounts.StrategicAccount")]
    [InlineData("subsidiary of strategic", "ae-paris-1", RoutingLevel.Strategic, "Matching.SubsidiaryToParent")]
    [InlineData("named account", "ae-dach-1", RoutingLevel.NamedAccount, "Accounts.NamedAccount")]
    [InlineData("named account by alias", "ae-paris-4", RoutingLevel.NamedAccount, "Matching.Alias")]
    [InlineData("large customer", "am-fr-1", RoutingLevel.AccountManager, "Accounts.AccountManagerHandOff")]
    [InlineData("large customer new product", "ae-paris-2", RoutingLevel.CustomerOwner, "Accounts.CrossSell")]
    [InlineData("small customer", "ae-paris-3", RoutingLevel.CustomerOwner, "Accounts.SalesOwnerUpsell")]
    [InlineData("subsidiary of customer", "ae-sud-1", RoutingLevel.CustomerOwner, "Matching.SubsidiaryToParent")]
    [InlineData("partner-managed", "pm-fr-1", RoutingLevel.Partner, "Accounts.PartnerManager")]
    [InlineData("direct-sourced with a partner", "ae-sud-2", RoutingLevel.CustomerOwner, "Accounts.SalesOwnerUpsell")]
    [InlineData("churned recently", "ae-ara-1", RoutingLevel.ChurnWinBack, "Accounts.ChurnWinBack")]
    [InlineData("departed owner with successor", "ae-paris-1", RoutingLevel.CustomerOwner, "Accounts.DepartedOwnerSuccessor")]
    [InlineData("absent owner", "ae-paris-4", RoutingLevel.CustomerOwner, "Accounts.AbsentOwnerBackup")]
    [InlineData("enterprise finance contact", "spec-fin-1", RoutingLevel.Specialist, "Accounts.EnterpriseDepartmentSpecialist")]
    [InlineData("enterprise contact without specialist", "ae-paris-4", RoutingLevel.CustomerOwner, "Accounts.SalesOwnerUpsell")]
    [InlineData("open opportunity", "ae-ara-1", RoutingLevel.OpenOpportunity, "Accounts.OpenOpportunity")]
    [InlineData("closed-lost previous lead", "ae-us-west-2", RoutingLevel.PreviousOwner, "Accounts.ClosedLostPreviousOwner")]
    [InlineData("burst of leads", "ae-paris-1", RoutingLevel.PreviousOwner, "Accounts.HighAccountActivity")]
    [InlineData("third lead of unknown domain", "ae-paris-3", RoutingLevel.PreviousOwner, "Accounts.AutoCreatedAccountOwner")]
    [InlineData("Microsoft Inc", "ae-us-west-1", RoutingLevel.OpenOpportunity, "Matching.CompanyName")]
    [InlineData("referral from a customer", "ae-paris-2", RoutingLevel.Referral, "Accounts.ReferrerAccountOwner")]
    public void Route_AccountLevel_GoesToTheLevelsOwner(string scenario, string repId, RoutingLevel level, string rule)
    {
        RoutingKit.Demo().Route(Cases[scenario]).AssignedTo(repId).AtLevel(level).Fired(rule);
    }

    [Fact]
    public void Route_Competitor_GoesToCompetitiveIntelligenceQueueNeverARep()
    {
        RoutingKit.Demo().Route(Cases["competitor"])
            .AssignedToQueue("competitive-intelligence").AtLevel(RoutingLevel.Competitor).Fired("Accounts.CompetitorQueue");
    }

    [Theory]
    [InlineData("absent owner", RoutingFlags.OwnerAbsent)]
    [InlineData("enterprise finance contact", RoutingFlags.OwnerNotified)]
    [InlineData("burst of leads", RoutingFlags.HighAccountActivity)]
    [InlineData("third lead of unknown domain", RoutingFlags.AutoCreatedAccount)]
    [InlineData("direct-sourced with a partner", RoutingFlags.PartnerNotified)]
    public void Route_SpecialAccount_IsFlagged(string scenario, RoutingFlags flag)
    {
        RoutingKit.Demo().Route(Cases[scenario]).Flagged(flag);
    }

    [Fact]
    public void Route_NewOfficeOfExistingCustomer_GoesToAccountOwnerNotTerritoryRep()
    {
        var lead = Leads.InFrance("usine.lille@acme.com", "59", "Hauts-de-France", "Lille", "59000");

        RoutingKit.Demo().Route(lead).AssignedTo("ae-sud-1").AtLevel(RoutingLevel.CustomerOwner).InTerritory(null).ForAccount("acc-acme");
    }

    [Fact]
    public void Route_TwoContactsOfOneAccount_GetTheSameRep()
    {
        var scenario = RoutingKit.Demo();

        var first = scenario.RouteAndCommit(Leads.InParis("alice@hooli.fr"));
        var second = scenario.RouteAndCommit(Leads.InFrance("bob@hooli.fr", "13", "Provence-Alpes-Cote d'Azur", "Marseille", "13001"));

        Assert.Equal(first.Decision.Assignee, second.Decision.Assignee);
        Assert.Equal("ae-paris-3", second.Decision.Assignee.RepId);
    }

    [Fact]
    public void Route_ChurnedLongAgo_IsTreatedAsNewAndRoutedByTerritory()
    {
        var lead = Leads.InFrance("contact@wayne-textile.fr", "59", "Hauts-de-France", "Lille", "59000");

        // The lead gives no industry: its account's (manufacturing) puts it in the vertical territory, before geography.
        RoutingKit.Demo().Route(lead).AtLevel(RoutingLevel.Territory).InTerritory("ter-manuf-fr").AssignedTo("ae-nord-1").Fired("Accounts.ChurnedLongAgo");
    }

    [Fact]
    public void Route_ChurnedBetweenWindowsWithDepartedOwner_GoesToTerritory()
    {
        var lead = Leads.InFrance("contact@tyrell-conseil.fr", "2A", "Corse", "Ajaccio", "20000");

        // The account's industry (general) puts the lead in the vertical territory, before geography.
        RoutingKit.Demo().Route(lead).AtLevel(RoutingLevel.Territory).InTerritory("ter-general-fr").DidNotFire("Accounts.ChurnFormerOwner");
    }

    [Fact]
    public void Route_ChurnedBetweenWindowsWithOwnerStillEmployed_GoesToFormerOwner()
    {
        var scenario = RoutingKit.Demo().WithRep("ae-departed-nosucc", r => r with { Departed = false });

        scenario.Route(Leads.From("contact@tyrell-conseil.fr")).AssignedTo("ae-departed-nosucc").AtLevel(RoutingLevel.ChurnWinBack).Fired("Accounts.ChurnFormerOwner");
    }

    [Fact]
    public void Route_DepartedOwnerWithoutSuccessor_GoesToTheOwnersManager()
    {
        var scenario = RoutingKit.Demo().WithRep("ae-departed", r => r with { SuccessorId = null });

        scenario.Route(Leads.From("rh@soylent.fr")).AssignedTo("mgr-fr").AtLevel(RoutingLevel.CustomerOwner).Fired("Accounts.DepartedOwnerManager");
    }

    [Fact]
    public void Route_DepartedOwnerWithoutSuccessorOrManager_GoesToTerritory()
    {
        var scenario = RoutingKit.Demo().WithRep("ae-departed", r => r with { SuccessorId = null, ManagerId = null });
        var lead = Leads.InFrance("rh@soylent.fr", "2A", "Corse", "Ajaccio", "20000");

        // The account's industry (manufacturing) puts the lead in the vertical territory, before geography.
        scenario.Route(lead).AtLevel(RoutingLevel.Territory).InTerritory("ter-manuf-fr").Fired("Accounts.DepartedOwnerTerritory");
    }

    [Fact]
    public void Route_AbsentOwnerWhoseBackupIsAwayToo_GoesToTheOwnersManagerFlagged()
    {
        var scenario = RoutingKit.Demo().WithRep("ae-paris-4", r => r with { Absences = [RoutingKit.OnLeaveAtDemoNow] });

        scenario.Route(Cases["absent owner"])
            .AssignedTo("mgr-fr").AtLevel(RoutingLevel.CustomerOwner).Fired("Accounts.AbsentOwnerManager").DidNotFire("Accounts.AbsentOwnerBackup")
            .Flagged(RoutingFlags.OwnerAbsent);
    }

    [Fact]
    public void Route_AbsentOwnerWithoutBackup_GoesToTheOwnersManagerFlagged()
    {
        var scenario = RoutingKit.Demo().WithRep("ae-paris-vacation", r => r with { BackupId = null });

        scenario.Route(Cases["absent owner"]).AssignedTo("mgr-fr").Fired("Accounts.AbsentOwnerManager").Flagged(RoutingFlags.OwnerAbsent);
    }

    [Fact]
    public void Route_AbsentOwnerWithNobodyPresentToCover_StaysWithTheOwnerFlagged()
    {
        var scenario = RoutingKit.Demo()
            .WithRep("ae-paris-4", r => r with { Absences = [RoutingKit.OnLeaveAtDemoNow] })
            .WithRep("mgr-fr", r => r with { Absences = [RoutingKit.OnLeaveAtDemoNow] });

        scenario.Route(Cases["absent owner"])
            .AssignedTo("ae-paris-vacation").AtLevel(RoutingLevel.CustomerOwner).Fired("Accounts.AbsentOwnerUncovered").DidNotFire("Accounts.AbsentOwnerManager")
            .Flagged(RoutingFlags.OwnerAbsent);
    }

    [Fact]
    public void Route_ExecutiveContact_KeepsOwnerButIsHotWithDemoSla()
    {
        var lead = Leads.From("ceo@globex-pharma.com") with { ContactLevel = ContactLevel.CLevel };

        var routed = RoutingKit.Demo().Route(lead).AssignedTo("ae-paris-1").Fired("IntentFit.ExecutivePriority");

        Assert.Equal(LeadPriority.Hot, routed.Decision.Priority);
        Assert.Equal(RoutingKit.DemoNow.AddMinutes(15), routed.Decision.RespondBy);
        Assert.Equal(RoutingKit.DemoNow.AddMinutes(30), routed.Decision.EscalateAt);
    }

    [Fact]
    public void Route_BurstOutsideTheWindow_IsNotHighActivity()
    {
        var scenario = RoutingKit.Demo().At(RoutingKit.DemoNow.AddHours(3));

        scenario.Route(Leads.From("dsi@umbrella-sante.fr")).NotFlagged(RoutingFlags.HighAccountActivity).DidNotFire("Accounts.HighAccountActivity");
    }

    /// <summary>The decision goes by the parent's account and still names the subsidiary the lead came from (where a CRM files it).</summary>
    [Fact]
    public void Route_SubsidiaryToParent_NamesTheParentAndTheSubsidiary()
    {
        var demo = RoutingKit.Demo();

        demo.Route(Cases["subsidiary of customer"]).ForAccount("acc-acme").FromSubsidiary("acc-acme-sud");
        demo.Route(Cases["small customer"]).FromSubsidiary(null);
    }

    [Fact]
    public void Route_SubsidiaryWhenPolicyKeepsSubsidiariesApart_GoesToSubsidiaryOwner()
    {
        var scenario = RoutingKit.Demo().WithPolicy(p => p with { Accounts = p.Accounts with { SubsidiaryRoutesToParent = false } });

        scenario.Route(Cases["subsidiary of customer"]).AssignedTo("ae-sud-2").ForAccount("acc-acme-sud").FromSubsidiary(null).Fired("Matching.DirectAccount");
    }

    /// <summary>DOMAIN.md §2: a competitor's lead never goes to a rep, even when its parent is a customer.</summary>
    [Fact]
    public void Route_CompetitorSubsidiaryOfACustomer_GoesToTheCompetitorQueue()
    {
        var scenario = RoutingKit.Demo().WithDataset(d => d with
        {
            Accounts = [.. d.Accounts, new Account { Id = "acc-rival-sub", Name = "Rival Filiale", Domains = ["rival-filiale.fr"], Competitor = true, ParentAccountId = "acc-initech" }],
        });

        scenario.Route(Leads.InParis("spy@rival-filiale.fr"))
            .AssignedToQueue("competitive-intelligence").ForAccount("acc-rival-sub").Fired("Matching.DirectAccount").DidNotFire("Matching.SubsidiaryToParent");
    }

    private static RoutingScenario WithProspectHolding(Account subsidiary, params Opportunity[] opportunities) => RoutingKit.Demo().WithDataset(d => d with
    {
        Accounts =
        [
            .. d.Accounts,
            new Account { Id = "acc-holding", Name = "Holding Prospect", Domains = ["holding-prospect.fr"], Status = AccountStatus.Prospect },
            subsidiary with { ParentAccountId = "acc-holding" },
        ],
        Opportunities = [.. d.Opportunities, .. opportunities],
    });

    /// <summary>The parent's ownership applies when it gives an owner; a parent that gives none leaves the subsidiary's own.</summary>
    [Fact]
    public void Route_CustomerSubsidiaryOfAnUnownedParent_GoesToTheSubsidiarysOwner()
    {
        var scenario = WithProspectHolding(new Account
        {
            Id = "acc-filiale", Name = "Filiale Cliente", Domains = ["filiale-cliente.fr"], Status = AccountStatus.Customer, OwnerId = "ae-ara-1", ContractValue = 20_000,
        });

        scenario.Route(Leads.InParis("achats@filiale-cliente.fr"))
            .AssignedTo("ae-ara-1").AtLevel(RoutingLevel.CustomerOwner).ForAccount("acc-filiale")
            .Fired("Matching.SubsidiaryToParent").Fired("Matching.SubsidiaryOwnAccount");
    }

    [Fact]
    public void Route_SubsidiaryWithAnOpenOpportunity_ParentUnowned_GoesToTheOpportunityOwner()
    {
        var scenario = WithProspectHolding(
            new Account { Id = "acc-filiale", Name = "Filiale Prospect", Domains = ["filiale-prospect.fr"], Status = AccountStatus.Prospect },
            new Opportunity { Id = "opp-filiale", AccountId = "acc-filiale", OwnerId = "ae-ara-1", Amount = 40_000 });

        scenario.Route(Leads.InParis("achats@filiale-prospect.fr")).AssignedTo("ae-ara-1").AtLevel(RoutingLevel.OpenOpportunity);
    }

    /// <summary>Neither gives an owner: the territory routes it, as before.</summary>
    [Fact]
    public void Route_SubsidiaryAndParentBothUnowned_GoesToTheTerritory()
    {
        var scenario = WithProspectHolding(new Account { Id = "acc-filiale", Name = "Filiale Prospect", Domains = ["filiale-prospect.fr"], Status = AccountStatus.Prospect });

        scenario.Route(Leads.InParis("achats@filiale-prospect.fr")).AtLevel(RoutingLevel.Territory).Fired("Matching.SubsidiaryOwnAccount");
    }

    /// <summary>A parent that gives an owner keeps the lead: the fallback never runs.</summary>
    [Fact]
    public void Route_SubsidiaryOfAnOwnedParent_ParentWinsAndNoFallback()
    {
        RoutingKit.Demo().Route(Cases["subsidiary of customer"]).AssignedTo("ae-sud-1").DidNotFire("Matching.SubsidiaryOwnAccount");
    }

    [Fact]
    public void Route_AbsentOwnersClaim_LeavesOwnershipUnchanged()
    {
        var routed = RoutingKit.Demo().Route(Cases["absent owner"]);

        Assert.Equal("acc-vacation-owner", routed.Decision.AccountId);
        Assert.Contains(routed.Trace.Claims, c => c.Contains("Xavier Holiday is absent", StringComparison.Ordinal));
    }
}
