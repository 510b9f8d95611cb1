using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Explain.Binary;
using RoutingRules.Benchmarks.Routing;
using RoutingRules.Domain.Routing;

namespace RoutingRules.Benchmarks.Explain;

/// <summary>
/// What capturing the decision trace costs: in-process route of the same leads with and without
/// the trace (target: capture adds &lt;= 20 %), on the generated 100,000-account dataset. The
/// structured details are assembled when the trace is first read; <c>...TraceStored</c> adds that
/// and the compact encoding the commit path writes (<see cref="TraceBinary"/>). The Encode
/// category compares that encoding with the JSON one on assembled traces (the setup prints the
/// median size of both, in the log), and <c>RenderOpsFrench</c> renders a stored trace.
/// Each kind of lead cycles through 256 inputs.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class TraceCaptureBenchmarks
{
    private RuleBasedLeadRouter _router = null!;
    private RoutingContext _context = null!;
    private Lead[] _account = [];
    private Lead[] _territory = [];
    private RoutingOutcome[] _routed = [];
    private byte[][] _stored = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var inputs = new RoutingBenchmarkInputs(seed: 11);
        (_router, _context) = (inputs.Router, inputs.Context);
        var accounts = inputs.Accounts;
        _account = accounts.Select((a, i) => inputs.Placed(RoutingBenchmarkInputs.LeadFor(i, "jane@" + a.Domains[0], a))).ToArray();
        _territory = accounts.Select((a, i) => inputs.Placed(RoutingBenchmarkInputs.LeadFor(i, $"joe@unknown-{i}.example", a))).ToArray();
        _routed = _account.Select(l => _router.Route(l, _context)).ToArray();
        _stored = _routed.Select(o => TraceBinary.Encode(o.Trace)).ToArray();
        var json = _routed.Select(o => TraceJson.SerializeToUtf8(o.Trace).Length).Order().ToArray();
        var stored = _stored.Select(s => s.Length).Order().ToArray();
        Console.WriteLine(
            $"// Stored traces (format {TraceBinary.FormatVersion}) of the account leads: median {stored[stored.Length / 2]} bytes, " +
            $"min {stored[0]}, max {stored[^1]}; their JSON: median {json[json.Length / 2]} bytes");
    }

    [BenchmarkCategory("Account"), Benchmark(Baseline = true)]
    public RoutingOutcome AccountWithoutTrace() => _router.Route(_account[Next()], _context, captureTrace: false);

    [BenchmarkCategory("Account"), Benchmark]
    public RoutingOutcome AccountWithTrace() => _router.Route(_account[Next()], _context, captureTrace: true);

    [BenchmarkCategory("Account"), Benchmark]
    public byte[] AccountWithTraceStored() => TraceBinary.Encode(_router.Route(_account[Next()], _context, captureTrace: true).Trace);

    [BenchmarkCategory("Territory"), Benchmark(Baseline = true)]
    public RoutingOutcome TerritoryWithoutTrace() => _router.Route(_territory[Next()], _context, captureTrace: false);

    [BenchmarkCategory("Territory"), Benchmark]
    public RoutingOutcome TerritoryWithTrace() => _router.Route(_territory[Next()], _context, captureTrace: true);

    [BenchmarkCategory("Territory"), Benchmark]
    public byte[] TerritoryWithTraceStored() => TraceBinary.Encode(_router.Route(_territory[Next()], _context, captureTrace: true).Trace);

    [BenchmarkCategory("Encode"), Benchmark(Baseline = true)]
    public byte[] EncodeJson() => TraceJson.SerializeToUtf8(_routed[Next()].Trace);

    [BenchmarkCategory("Encode"), Benchmark]
    public byte[] EncodeCompact() => TraceBinary.Encode(_routed[Next()].Trace);

    [BenchmarkCategory("Encode"), Benchmark]
    public RoutingTrace DecodeCompact() => TraceBinary.Decode(_stored[Next()]);

    [BenchmarkCategory("Render"), Benchmark]
    public Explanation RenderOpsFrench()
    {
        var outcome = _routed[Next()];
        return ExplanationRenderer.Render(outcome.Decision, outcome.Trace, ExplanationAudience.Ops, "fr");
    }

    private int Next() => _next = (_next + 1) & (RoutingBenchmarkInputs.Count - 1);
}
