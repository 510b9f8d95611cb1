using Xunit.Abstractions;

namespace RoutingRules.Rules.Tests.Coverage;

/// <summary>The test output given to a test class the coverage run builds: nobody reads it there.</summary>
internal sealed class DiscardedTestOutput : ITestOutputHelper
{
    public void WriteLine(string message)
    {
    }

    public void WriteLine(string format, params object[] args)
    {
    }
}
