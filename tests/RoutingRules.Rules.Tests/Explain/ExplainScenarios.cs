using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Explain;

/// <summary>
/// The RouteLead scenarios of the rules test kit (Scenarios/), as named lead + scenario pairs the
/// explanation tests route and render. Lead ids are fixed so rendered text is reproducible.
/// </summary>
public static class ExplainScenarios
{
    private static readonly RepWorkload Full = new() { OpenLeads = 60 };

    private static readonly Dictionary<string, Func<RoutedLead>> All = new()
    {
        ["strategic"] = () => Demo(Leads.From("cto@globex-pharma.com")),
        ["subsidiary of strategic"] = () => Demo(Leads.From("buyer@globex.fr")),
        ["named account"] = () => Demo(Leads.From("anna@oscorp.eu")),
        ["named account by alias"] = () => Demo(Leads.From("someone@gmail.com", "IBM")),
        ["large customer"] = () => Demo(Leads.From("it@initech.fr")),
        ["large customer new product"] = () => Demo(Leads.From("it@initech.fr") with { NewProductRequest = true }),
        ["small customer"] = () => Demo(Leads.From("ops@hooli.fr")),
        ["subsidiary of customer"] = () => Demo(Leads.From("achats@acme-sud.fr")),
        ["partner-managed"] = () => Demo(Leads.From("cio@cyberdyne.fr")),
        ["direct-sourced account with a partner"] = () => Demo(Leads.From("cto@tessier-ashpool.fr")),
        ["competitor"] = () => Demo(Leads.From("spy@rivalsoft.com")),
        ["churned recently"] = () => Demo(Leads.From("dg@stark-logistique.fr")),
        ["departed owner with successor"] = () => Demo(Leads.From("rh@soylent.fr")),
        ["departed owner without successor"] = () => RoutingKit.Demo().WithRep("ae-departed", r => r with { SuccessorId = null }).Route(Fixed(Leads.From("rh@soylent.fr"))),
        ["absent owner"] = () => Demo(Leads.From("daf@banque-lumiere.fr")),
        ["enterprise finance contact"] = () => Demo(Leads.From("cfo@credit-horizon.fr") with { ContactDepartment = "finance" }),
        ["enterprise contact without specialist"] = () => Demo(Leads.From("cmo@credit-horizon.fr") with { ContactDepartment = "marketing" }),
        ["open opportunity"] = () => Demo(Leads.From("plant@vandelay.fr")),
        ["closed-lost previous lead"] = () => Demo(Leads.From("richard@piedpiper.com")),
        ["burst of leads"] = () => Demo(Leads.From("dsi@umbrella-sante.fr")),
        ["third lead of unknown domain"] = () => Demo(Leads.From("ceo@novacorp-industries.io")),
        ["burst of leads from Paris"] = () => Demo(Leads.InParis("dsi@umbrella-sante.fr")),
        ["third lead of unknown domain, from Paris"] = () => Demo(Leads.InParis("ceo@novacorp-industries.io")),
        ["third lead of unknown domain, named"] = () => Demo(Leads.From("ceo@novacorp-industries.io", "Quokka Quantum")),
        ["Microsoft Inc"] = () => Demo(Leads.From("bill@outlook.com", "Microsoft Inc")),
        ["referral from a customer"] = () => Demo(Leads.From("new@unknown-startup.fr") with { Source = LeadSource.Referral, Referrer = "friend@initech.fr" }),
        ["new office of a customer"] = () => Demo(Leads.InFrance("usine.lille@acme.com", "59", "Hauts-de-France", "Lille", "59000")),
        ["demo request from a customer"] = () => Demo(Leads.InFrance("usine.marseille@acmecorp.com", "13", "Provence-Alpes-Cote d'Azur", "Marseille", "13001") with { IntentSignals = [IntentSignal.DemoRequest] }),
        ["e-mail-only lead of a known prospect"] = () => Demo(Leads.From("buyer@granitfinance.fr")),
        ["free-mail lead"] = () => Demo(Leads.InParis("someone@gmail.com")),
        ["free-mail lead with a customer's website"] = () => Demo(Leads.From("joe@gmail.com") with { Website = "acmecorp.com", Country = "FR" }),
        ["website only"] = () => Demo(new Lead { Id = "web-only", Website = "https://www.initech.fr/contact", Country = "FR" }),
        ["free-mail lead from an account's network"] = () => Demo(Leads.InParis("visitor@gmail.com") with { IpAddress = "203.0.113.45" }),
        ["similar name needing review"] = () => Demo(Leads.InFrance("b@midco.fr", "33", "Nouvelle-Aquitaine", "Bordeaux", "33000") with { CompanyName = "MidCo", EmployeeCount = 300 }),
        ["similar name confirmed by the office network"] = () => Demo(Leads.From("buyer@gmail.com", "Definitech") with { IpAddress = "198.51.100.23" }),
        ["territory round-robin"] = () => Demo(Leads.InParis("ceo@rr.fr")),
        ["territory, member at cap"] = () => RoutingKit.Demo().WithRep("ae-paris-1", r => r with { OpenLeadsCap = 1 }).Route(Fixed(Leads.InParis("ceo@paris-shop.fr"))),
        ["territory, member departed"] = () => RoutingKit.Demo().WithRep("ae-paris-1", r => r with { Departed = true }).Route(Fixed(Leads.InParis("ceo@paris-shop.fr"))),
        ["territory, member away"] = () => RoutingKit.Demo().WithRep("ae-paris-1", r => r with { Status = RepStatus.Away }).Route(Fixed(Leads.InParis("ceo@rr.fr"))),
        ["healthcare specialist territory"] = () => Demo(Leads.InFrance("dr@clinique.fr", "92", "Ile-de-France") with { Industry = "healthcare" }),
        ["unknown-size company"] = () => Demo(Leads.InFrance("ceo@lille.fr", "59", "Hauts-de-France", "Lille", "59000")),
        ["every member full: backup"] = () => RoutingKit.Demo().WithLive(l => l.SetWorkload("ae-corse-1", Full)).Route(Fixed(Leads.InFrance("ceo@ajaccio-mer.fr", "2A", "Corse", "Ajaccio", "20000"))),
        ["every member and backup full: pool"] = () => RoutingKit.Demo().WithLive(l => l.SetWorkload("ae-corse-1", Full).SetWorkload("ae-sud-2", Full))
            .Route(Fixed(Leads.InFrance("ceo@ajaccio-mer.fr", "2A", "Corse", "Ajaccio", "20000"))),
        ["overseas lead: default pool"] = () => Demo(Leads.From("ceo@tokyo.example") with { Country = "JP" }),
        ["distant time zone"] = () => Demo(Leads.From("it@initech.fr") with { TimeZone = "America/New_York" }),
        ["hot lead"] = () => Demo(Leads.InParis("someone@hot.fr") with { IntentSignals = [IntentSignal.DemoRequest], EmployeeCount = 300, Score = 85 }),
        ["executive contact"] = () => Demo(Leads.From("ceo@globex-pharma.com") with { ContactLevel = ContactLevel.CLevel }),
        ["large deal"] = () => Demo(Leads.InParis("ceo@deal.fr") with { EstimatedDealValue = 120_000 }),
        ["low score"] = () => Demo(Leads.InParis("ceo@cold.fr") with { Score = 20 }),
        ["small company outside the ideal customer profile"] = () => RoutingKit.Demo()
            .WithPolicy(p => p with { Assignment = p.Assignment with { IdealCustomerIndustries = ["software"] } })
            .Route(Fixed(Leads.InParis("ceo@boutique.fr") with { IntentSignals = [IntentSignal.DemoRequest], EmployeeCount = 12, Industry = "retail" })),
        ["unknown size, segmented by revenue"] = () => RoutingKit.Demo()
            .WithPolicy(p => p with { Territories = p.Territories with { EnterpriseMinRevenue = 50_000_000m, MidMarketMinRevenue = 10_000_000m } })
            .Route(Fixed(Leads.From("cfo@revenue-only.fr") with { Country = "FR", AnnualRevenue = 80_000_000m })),
    };

    public static IEnumerable<string> Names => All.Keys;

    public static TheoryData<string> Theory()
    {
        var data = new TheoryData<string>();
        foreach (var name in All.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    public static RoutedLead Route(string name) => All[name]();

    private static RoutedLead Demo(Lead lead) => RoutingKit.Demo().Route(Fixed(lead));

    // Leads.From numbers leads in test order; explanations name the lead, so golden text needs a stable id.
    private static Lead Fixed(Lead lead) => lead with { Id = "lead-" + (lead.Email ?? lead.CompanyName ?? "x").Split('@')[^1] };
}
