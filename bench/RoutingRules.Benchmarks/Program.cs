using BenchmarkDotNet.Running;
using RoutingRules.Benchmarks.Engine;
using RoutingRules.Benchmarks.Explain;
using RoutingRules.Benchmarks.Routing;
using RoutingRules.Benchmarks.Store;

if (args is ["quick-engine"])
{
    QuickCheck.Run();
    return;
}

if (args is ["quick-session"])
{
    SessionCpuCheck.Run();
    return;
}

if (args is ["quick-route"])
{
    RouteCpuCheck.Run();
    return;
}

if (args is ["quick-trace"])
{
    TraceEncodeCpuCheck.Run();
    return;
}

if (args is ["live-state-memory", var databasePath])
{
    LiveStateMemoryCheck.Run(databasePath);
    return;
}

if (args is ["trace-retention", var tracesDatabasePath])
{
    TraceRetentionCheck.Run(tracesDatabasePath);
    return;
}

if (args is ["quick-commit"])
{
    CommitCpuCheck.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
