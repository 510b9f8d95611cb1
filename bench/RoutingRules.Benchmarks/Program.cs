using BenchmarkDotNet.Running;
using RoutingRules.Benchmarks.Engine;

if (args is ["quick-engine"])
{
    QuickCheck.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
