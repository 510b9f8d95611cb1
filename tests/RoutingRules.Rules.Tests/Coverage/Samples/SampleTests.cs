using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;
using Xunit.Abstractions;

namespace RoutingRules.Rules.Tests.Coverage.Samples;

/// <summary>
/// Every shape of test the coverage run must find and run, for <see cref="TestDiscoveryTests"/>:
/// each notes a name where a scenario test would route a lead. xUnit runs them too, where no
/// recording is open, so they note nothing and pass.
/// </summary>
public sealed class SampleTests(ITestOutputHelper output) : IDisposable
{
    public static TheoryData<string> MemberRows => new() { "member a", "member b" };

    [Fact]
    public void Fact_Runs() => Note("fact");

    [Fact]
    public async Task AsyncFact_IsAwaited()
    {
        await Task.Yield();
        Note("async fact");
    }

    [Theory]
    [InlineData(1, LeadSource.Referral)]
    [InlineData(2, LeadSource.Event)]
    public void InlineRows_EachRun(int row, LeadSource source) => Note($"inline {row} {source}");

    [Theory]
    [InlineData(null)]
    public void NullRow_GetsOneNullArgument(string? value) => Note($"null row {value is null}");

    [Theory]
    [MemberData(nameof(MemberRows))]
    public void MemberRows_EachRun(string row) => Note(row);

    [Theory]
    [ClassData(typeof(SampleRows))]
    public void ClassRows_EachRun(string row) => Note(row);

    [Fact]
    public void FailingFact_StillCountsWhatItDidFirst()
    {
        Note("before failing");

        // Fails only inside the coverage run's recording, so that xUnit's own run of it passes.
        Assert.False(FiredRuleRecording.IsOpen, "a failing test: the coverage run goes on");
    }

    public void Dispose() => Note("disposed");

    private void Note(string name)
    {
        output.WriteLine(name);
        FiredRuleRecording.Note([name]);
    }
}
