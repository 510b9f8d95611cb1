using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Coverage;

/// <summary>
/// A tour of the demo dataset: its accounts, territories and policy switches, one lead each. Kept
/// beside the scenario tests as a second source of coverage: it fired every rule before the
/// coverage test ran the scenario tests, and still shows each rule at work on the demo data.
/// </summary>
internal static class DemoWalkThrough
{
    public static IEnumerable<RoutedLead> Scenarios()
    {
        var demo = RoutingKit.Demo();
        foreach (var email in new[]
                 {
                     "cto@globex-pharma.com", "buyer@globex.fr", "anna@oscorp.eu", "it@initech.fr", "ops@hooli.fr", "achats@acme-sud.fr",
                     "cio@cyberdyne.fr", "cto@tessier-ashpool.fr", "spy@rivalsoft.com", "dg@stark-logistique.fr", "rh@soylent.fr", "daf@banque-lumiere.fr",
                     "plant@vandelay.fr", "richard@piedpiper.com", "dsi@umbrella-sante.fr", "ceo@novacorp-industries.io", "x@brand-new.fr",
                 })
        {
            yield return demo.Route(Leads.From(email));
        }

        yield return demo.Route(Leads.From("it@initech.fr") with { NewProductRequest = true, TimeZone = "America/New_York" });
        yield return demo.Route(Leads.From("cfo@credit-horizon.fr") with { ContactDepartment = "finance", ContactLevel = ContactLevel.CLevel });
        yield return demo.Route(Leads.From("a@gmail.com", "IBM"));
        yield return demo.Route(Leads.From("a@gmail.com", "Microsft"));
        yield return demo.Route(Leads.From("a@gmail.com", "Definitech") with { IpAddress = "198.51.100.23" });
        yield return demo.Route(Leads.From("a@gmail.com") with { IpAddress = "203.0.113.45" });
        yield return demo.Route(Leads.From("a@gmail.com", "Microsoft Inc") with { IntentSignals = [IntentSignal.WebinarAttendance], EmployeeCount = 5 });
        yield return demo.Route(Leads.From("a@new.fr") with { Source = LeadSource.Referral, Referrer = "x@initech.fr" });
        yield return demo.Route(Leads.InFrance("a@lille.fr", "59", "Hauts-de-France", "Lille", "59000") with { IntentSignals = [IntentSignal.DemoRequest] });
        yield return demo.Route(Leads.InFrance("a@wayne-textile.fr", "59", "Hauts-de-France") with { Score = 95, EstimatedDealValue = 80_000 });
        yield return demo.Route(Leads.InFrance("a@b.fr", "92", "Ile-de-France") with { PreferredLanguage = "ar", Score = 60, EstimatedDealValue = 20_000, IntentSignals = [IntentSignal.WebinarAttendance] });
        yield return demo.Route(Leads.InFrance("a@c.fr", "92", "Ile-de-France") with { Industry = "healthcare", Score = 20, EstimatedDealValue = 5_000, IntentSignals = [IntentSignal.ContentDownload] });
        yield return demo.Route(Leads.From("a@d.fr") with { Country = "FR", Industry = "technology", Source = LeadSource.Event, IntentSignals = [IntentSignal.CaseStudyEngagement] });
        yield return demo.Route(Leads.From("a@e.fr") with { Country = "FR", Industry = "financial services", IntentSignals = [IntentSignal.PricingPageVisit], Score = 10 });
        yield return demo.Route(Leads.From("a@f.fr") with { Country = "FR", Industry = "retail", SecondaryIndustries = ["manufacturing"], EmployeeCount = 10 });
        yield return demo.Route(Leads.From("a@g.fr") with { Country = "FR", Industry = "healthcare", SecondaryIndustries = ["manufacturing"] });
        yield return demo.Route(Leads.From("a@h.fr") with { Country = "US", Department = "CA", TimeZone = "Europe/Paris" });
        yield return demo.Route(Leads.From("a@i.fr") with { Country = "JP" });
        yield return demo.Route(Leads.InFrance("a@j.fr", "69", "Auvergne-Rhone-Alpes") with { Source = LeadSource.Referral });
        yield return demo.Route(Leads.InParis("a@k.fr"));
        yield return demo.Route(Leads.InFrance("a@l.fr", "92", "Ile-de-France") with { Industry = "healthcare", EmployeeCount = 5000 });

        yield return RoutingKit.Demo().WithRep("ae-departed", r => r with { SuccessorId = null }).Route(Leads.From("rh@soylent.fr"));
        yield return RoutingKit.Demo().WithRep("ae-departed", r => r with { SuccessorId = null, ManagerId = null }).Route(Leads.From("rh@soylent.fr"));
        yield return RoutingKit.Demo().WithRep("ae-departed-nosucc", r => r with { Departed = false }).Route(Leads.From("a@tyrell-conseil.fr"));
        yield return RoutingKit.Demo().WithRep("ae-paris-1", r => r with { Departed = true }).Route(Leads.InParis("a@m.fr"));
        yield return RoutingKit.Demo().WithLive(l => l.SetWorkload("ae-corse-1", new RepWorkload { OpenLeads = 60 }))
            .Route(Leads.InFrance("a@n.fr", "2A", "Corse", "Ajaccio", "20000"));
        yield return RoutingKit.Demo().WithLive(l => l.SetWorkload("ae-corse-1", new RepWorkload { OpenLeads = 60 }).SetWorkload("ae-sud-2", new RepWorkload { OpenLeads = 60 }))
            .Route(Leads.InFrance("a@o.fr", "2A", "Corse", "Ajaccio", "20000"));
        yield return RoutingKit.Demo().WithDataset(d => d with { Territories = d.Territories.Where(t => !t.IsDefaultPool).ToList() })
            .WithLive(l => l.SetQueueLength("escalation", 50)).Route(Leads.From("a@p.fr") with { Country = "JP" });
        yield return RoutingKit.Demo().WithDataset(d => d with { Territories = d.Territories.Where(t => !t.IsDefaultPool).ToList() })
            .WithLive(l => l.SetWorkload("ae-corse-1", new RepWorkload { OpenLeads = 60 }).SetWorkload("ae-sud-2", new RepWorkload { OpenLeads = 60 }))
            .Route(Leads.InFrance("a@p2.fr", "2A", "Corse", "Ajaccio", "20000"));
        yield return RoutingKit.Demo().WithPolicy(p => p with { Matching = p.Matching with { FuzzyMatchThreshold = 0.99, FuzzyReviewThreshold = 0.8 } })
            .Route(Leads.From("a@gmail.com", "Microsft"));
        yield return RoutingKit.Demo().WithPolicy(p => p with { Territories = p.Territories with { OverlapResolution = OverlapResolution.MatchScore } })
            .Route(Leads.InParis("a@q.fr"));
        yield return RoutingKit.Demo().WithPolicy(p => p with { Territories = p.Territories with { NearestTerritories = new Dictionary<string, string> { ["GP"] = "ter-paris" } } })
            .Route(Leads.From("a@r.fr") with { Country = "GP", TimeZone = "America/Guadeloupe" });
        yield return RoutingKit.Demo().WithPolicy(p => p with
            {
                Accounts = p.Accounts with { CompetitorHandling = CompetitorHandling.Disqualify },
                Assignment = p.Assignment with { LowWeakTreatment = LowWeakTreatment.Disqualify },
            })
            .Route(Leads.From("a@rivalsoft.com") with { EmployeeCount = 5 });
        yield return RoutingKit.Demo().WithDataset(d => d with
            {
                Territories = d.Territories.Select(t => t.Id == "ter-hdf" ? t with { NamedAccountExceptionIds = ["acc-churn-old"] } : t).ToList(),
            })
            .Route(Leads.InFrance("a@wayne-textile.fr", "59", "Hauts-de-France", "Lille", "59000"));
        yield return RoutingKit.Demo().WithDataset(d => d with
            {
                Territories = d.Territories.Select(t => t.Id == "ter-uki" ? t with { MemberRepIds = ["ae-us-west-1", "ae-uk-1"] } : t).ToList(),
            })
            .Route(Leads.From("a@r.co.uk") with { Country = "GB", TimeZone = "Europe/London" });
    }
}
