using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Benchmarks.Store;

/// <summary>
/// Lead-to-account lookups against a 100,000-account snapshot (target &lt;= 50 us each). Each
/// invocation cycles through 256 different inputs so caches do not flatter the figures.
/// </summary>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 5, iterationCount: 20)]
[MemoryDiagnoser]
public class AccountLookupBenchmarks
{
    private const int Inputs = 256;

    private ReferenceSnapshot _snapshot = ReferenceSnapshot.Empty;
    private string[] _emails = [];
    private string[] _subDomainEmails = [];
    private string[] _exactNames = [];
    private string[] _misspelledNames = [];
    private string[] _ipAddresses = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var dataset = BenchmarkDatasets.Large;
        _snapshot = ReferenceSnapshot.Build(dataset);
        var random = new Random(11);
        var sample = Enumerable.Range(0, Inputs).Select(_ => dataset.Accounts[random.Next(dataset.Accounts.Count)]).ToArray();
        _emails = sample.Select(a => "jane.doe@" + a.Domains[0]).ToArray();
        _subDomainEmails = sample.Select(a => "jane.doe@eu.mail." + a.Domains[0]).ToArray();
        _exactNames = sample.Select(a => a.Name.ToUpperInvariant()).ToArray();
        _misspelledNames = sample.Select(a => Misspell(a.Name, random)).ToArray();

        // One generated account in ten has an office network: half the inputs fall in one, half in none.
        var networks = dataset.Accounts.Where(a => a.IpRanges.Count > 0).ToArray();
        _ipAddresses = Enumerable.Range(0, Inputs)
            .Select(i => i % 2 == 0 ? networks[random.Next(networks.Length)].IpRanges[0].Replace(".0/24", "." + (1 + random.Next(254)), StringComparison.Ordinal) : $"198.51.100.{i}")
            .ToArray();
    }

    [Benchmark]
    public AccountMatch? ByEmailDomain() => _snapshot.FindAccountByDomain(_emails[Next()]);

    [Benchmark]
    public AccountMatch? ByEmailSubDomain() => _snapshot.FindAccountByDomain(_subDomainEmails[Next()]);

    [Benchmark]
    public int ByNormalizedName() => _snapshot.FindAccountsByName(_exactNames[Next()]).Count;

    /// <summary>Trigram candidates, then Jaro-Winkler on the bounded candidate list.</summary>
    [Benchmark]
    public int ByFuzzyName() => _snapshot.FindAccountsByFuzzyName(_misspelledNames[Next()]).Count;

    /// <summary>Accounts whose office networks hold an IPv4 address: one dictionary probe per prefix length in use.</summary>
    [Benchmark]
    public int ByIpAddress() => _snapshot.FindAccountsByIp(_ipAddresses[Next()]).Count;

    private int Next() => _next = (_next + 1) & (Inputs - 1);

    private static string Misspell(string name, Random random)
    {
        var chars = name.ToCharArray();
        var i = 1 + random.Next(chars.Length - 2);
        (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
        return new string(chars);
    }
}
