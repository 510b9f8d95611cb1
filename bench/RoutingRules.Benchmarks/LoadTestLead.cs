using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Serialization;

namespace RoutingRules.Benchmarks;

/// <summary>
/// The lead `bench/route-load.sh` sends (`write_route_body` in bench/lib/server-load.sh) and the
/// demo dataset it is routed against, so the in-process checks measure what the load test does.
/// </summary>
public static class LoadTestLead
{
    public static Lead Create() => new()
    {
        Id = "bench-lead-1",
        Email = "jane.doe@gmail.com",
        CompanyName = "Boulangerie Nouvelle",
        Country = "FR",
        Department = "75",
        Industry = "retail",
        EmployeeCount = 120,
        IntentSignals = [IntentSignal.DemoRequest],
    };

    /// <summary>samples/demo-dataset.json, the dataset `routingrules serve` loads into an empty database.</summary>
    public static Dataset DemoDataset() => DatasetJson.Load(Path.Combine(RepositoryRoot(), "samples", "demo-dataset.json"));

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RoutingRules.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("RoutingRules.sln not found above " + AppContext.BaseDirectory);
    }
}
