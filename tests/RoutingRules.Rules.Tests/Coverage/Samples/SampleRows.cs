using System.Collections;

namespace RoutingRules.Rules.Tests.Coverage.Samples;

/// <summary>The rows of <see cref="SampleTests.ClassRows_EachRun"/>.</summary>
public sealed class SampleRows : IEnumerable<object[]>
{
    public IEnumerator<object[]> GetEnumerator()
    {
        yield return ["class a"];
        yield return ["class b"];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
