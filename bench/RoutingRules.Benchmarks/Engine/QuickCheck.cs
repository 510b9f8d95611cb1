using System.Diagnostics;

namespace RoutingRules.Benchmarks.Engine;

/// <summary>
/// A fast sanity run of W1/W2 with a stopwatch (<c>-- quick-engine</c>), used while tuning;
/// the BenchmarkDotNet classes give the reported figures.
/// </summary>
public static class QuickCheck
{
    public static void Run()
    {
        var bench = new EngineWorkloadBenchmarks();
        bench.Setup();
        for (var round = 0; round < 5; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            var fired = bench.W1_SessionPerRequest();
            var w1 = watch.Elapsed.TotalMicroseconds / 10_000;
            var w1Bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / 10_000;
            before = GC.GetAllocatedBytesForCurrentThread();
            watch.Restart();
            var fired2 = bench.W2_OneSessionAllFacts();
            var w2 = watch.Elapsed.TotalMilliseconds;
            var w2Bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / 1024 / 1024.0;
            Console.WriteLine($"W1 {w1:F2} us/session {w1Bytes} B/session fired={fired}; W2 {w2:F1} ms {w2Bytes:F1} MB fired={fired2}");
        }

        foreach (var (rules, distinct) in new[] { (100, false), (1000, false), (100, true), (1000, true), (100, true), (1000, true) })
        {
            var compile = new EngineCompileBenchmarks { RuleCount = rules, Distinct = distinct };
            compile.Setup();
            var watch = Stopwatch.StartNew();
            compile.W3_LoadAndCompile();
            var compileMs = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            var fired = compile.W3_CompileAndFirstSession();
            var firstMs = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            for (var i = 0; i < 100; i++)
            {
                compile.W3_FireOn100Facts();
            }

            var fireUs = watch.Elapsed.TotalMicroseconds / 100;
            Console.WriteLine($"W3 {rules} {(distinct ? "distinct" : "shared")} rules: load+compile {compileMs:F1} ms, compile+first session {firstMs:F1} ms, session on 100 facts {fireUs:F0} us (fired {fired})");
        }
    }
}
