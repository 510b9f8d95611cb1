using RoutingRules.Domain.Model;
using V = RoutingRules.Domain.Generation.GeneratorVocabulary;

namespace RoutingRules.Domain.Generation;

/// <summary>
/// Deterministic synthetic reference data for benchmarks and load tests: the same arguments give
/// the same dataset. Names, domains, industries and countries vary; territories form a
/// country > region > department hierarchy with vertical and segment overlays, a default pool and
/// an escalation queue. The result passes <see cref="Validation.DatasetValidator"/>.
/// </summary>
public static class DatasetGenerator
{
    public static Dataset Generate(int accounts, int reps, int territories, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(reps, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(territories, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(accounts);
        var random = new Random(seed);
        var repList = GenerateReps(reps, random);
        var territoryList = GenerateTerritories(territories, repList, random);
        var accountList = AccountGenerator.Generate(accounts, repList, random);
        var opportunities = new List<Opportunity>();
        var leads = new List<PreviousLead>();
        for (var i = 0; i < accountList.Count; i++)
        {
            var account = accountList[i];
            var owner = account.OwnerId ?? repList[random.Next(repList.Count)].Id;
            if (random.NextDouble() < 0.15)
            {
                opportunities.Add(new Opportunity
                {
                    Id = $"opp-{opportunities.Count + 1:D6}",
                    AccountId = account.Id,
                    OwnerId = owner,
                    Status = (OpportunityStatus)random.Next(3),
                    Amount = random.Next(2, 400) * 500m,
                });
            }

            if (random.NextDouble() < 0.2)
            {
                leads.Add(new PreviousLead
                {
                    Id = $"lead-{leads.Count + 1:D6}",
                    AccountId = account.Id,
                    Domain = account.Domains.Count > 0 ? account.Domains[0] : null,
                    OwnerId = owner,
                    Outcome = (LeadOutcome)random.Next(5),
                    ReceivedAt = new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(0, 460_000)),
                });
            }
        }

        return new Dataset
        {
            Reps = repList,
            Territories = territoryList,
            Accounts = accountList,
            Opportunities = opportunities,
            PreviousLeads = leads,
        };
    }

    private static List<Rep> GenerateReps(int count, Random random)
    {
        var reps = new List<Rep>(count);
        var managers = Math.Max(1, count / 10);
        for (var i = 0; i < count; i++)
        {
            var isManager = i < managers;
            var place = V.Countries[random.Next(V.Countries.Length)];
            var first = V.FirstNames[random.Next(V.FirstNames.Length)];
            var last = V.LastNames[random.Next(V.LastNames.Length)];
            reps.Add(new Rep
            {
                Id = $"rep-{i + 1:D5}",
                Name = $"{first} {last}",
                Email = $"rep{i + 1}@routingrules.example",
                Role = isManager ? RepRole.Manager : (RepRole)random.Next(6),
                Seniority = isManager ? Seniority.Director : (Seniority)random.Next(3),
                ManagerId = isManager ? null : $"rep-{random.Next(managers) + 1:D5}",
                BackupId = count > 1 ? $"rep-{((i + 1) % count) + 1:D5}" : null,
                TimeZone = place.TimeZone,
                Languages = place.Language == "en" ? ["en"] : [place.Language, "en"],
                SpecialistDepartment = random.NextDouble() < 0.1 ? V.Departments[random.Next(V.Departments.Length)] : null,
                Industries = [V.Industries[random.Next(V.Industries.Length)]],
                PerformanceWeight = random.NextDouble() < 0.1 ? 2.0 : 1.0,
                QuotaAttainment = Math.Round(0.4 + (random.NextDouble() * 0.9), 2),
                Workload = new RepWorkload
                {
                    OpenLeads = random.Next(0, 45),
                    OverdueFollowUps = random.Next(0, 8),
                    AssignedToday = random.Next(0, 6),
                    ActiveOpportunities = random.Next(0, 12),
                },
                Stats = new RepStats { ConversionRate = Math.Round(random.NextDouble() * 0.4, 3), AvgResponseMinutes = random.Next(3, 240) },
            });
        }

        return reps;
    }

    private static List<Territory> GenerateTerritories(int count, List<Rep> reps, Random random)
    {
        var list = new List<Territory>(count)
        {
            new() { Id = "ter-default", Name = "Default pool", IsDefaultPool = true, QueueName = "default-pool", MemberRepIds = Members(reps, random, 5), Priority = -100 },
            new() { Id = "ter-escalation", Name = "Escalation queue", IsEscalationQueue = true, QueueName = "escalation", Priority = -200 },
        };
        var countries = V.Countries.Select(c => c.Country).Distinct().ToArray();
        var regionsPerCountry = new Dictionary<string, List<string>>();
        var regionTerritory = new Dictionary<string, string>();
        while (list.Count < count)
        {
            var n = list.Count;
            var country = countries[n % countries.Length];
            Territory territory;
            if (n < 2 + countries.Length)
            {
                territory = new Territory { Id = $"ter-{n:D5}", Name = $"{country} country", Criteria = new TerritoryCriteria { Countries = [country] } };
                regionsPerCountry[country] = [];
            }
            else if (n % 4 != 0 || regionsPerCountry[country].Count == 0)
            {
                var region = $"{country}-R{regionsPerCountry[country].Count + 1}";
                regionsPerCountry[country].Add(region);
                regionTerritory[region] = $"ter-{n:D5}";
                territory = new Territory
                {
                    Id = $"ter-{n:D5}", Name = $"Region {region}", ParentId = $"ter-{2 + Array.IndexOf(countries, country):D5}",
                    Criteria = new TerritoryCriteria { Countries = [country], Regions = [region], Industries = random.NextDouble() < 0.3 ? [V.Industries[random.Next(V.Industries.Length)]] : [] },
                };
            }
            else
            {
                var regions = regionsPerCountry[country];
                var region = regions[random.Next(regions.Count)];
                territory = new Territory
                {
                    Id = $"ter-{n:D5}", Name = $"Department {n} of {region}", ParentId = regionTerritory[region],
                    Criteria = new TerritoryCriteria { Countries = [country], Regions = [region], Departments = [$"{n % 97:D2}"], Segment = (Segment)random.Next(3) },
                };
            }

            list.Add(territory with
            {
                MemberRepIds = Members(reps, random, random.Next(1, 6)),
                Strategy = (DistributionStrategy)random.Next(5),
                BackupRepId = reps[random.Next(reps.Count)].Id,
                Priority = random.Next(0, 10),
            });
        }

        return list;
    }

    private static List<string> Members(List<Rep> reps, Random random, int count) =>
        Enumerable.Range(0, Math.Min(count, reps.Count)).Select(_ => reps[random.Next(reps.Count)].Id).Distinct().ToList();
}
