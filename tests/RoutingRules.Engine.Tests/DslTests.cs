using RoutingRules.Engine.Tests.Facts;

namespace RoutingRules.Engine.Tests;

/// <summary>Condition shapes rule authors write: constants, nested lambdas, nullable and enum keys, scans.</summary>
public sealed class DslTests
{
    public enum Region
    {
        Emea,
        Americas,
    }

    [Fact]
    public void Fire_CapturedLocalConstant_ReadOnceWhenDefined()
    {
        var (session, recorder) = Engine.Session(typeof(ThresholdRule));
        session.InsertAll([new Lead(1, "a", 70), new Lead(2, "a", 71)]);

        session.Fire();

        Assert.Equal(["above Lead 2"], recorder.Entries);
    }

    [Fact]
    public void Fire_NestedLambdaOverBoundCollection_Evaluated()
    {
        var (session, recorder) = Engine.Session(typeof(NestedLambdaRule));
        session.InsertAll([new Lead(1, "a", 10), new Lead(2, "a", 90), new Lead(3, "b", 10)]);
        session.Insert(new Account(1, "a"));
        session.Insert(new Account(2, "b"));

        session.Fire();

        Assert.Equal(["hot domain Account 1"], recorder.Entries);
    }

    [Fact]
    public void Fire_NullableAndEnumJoinKeys_HashedAndMatched()
    {
        var factory = (Runtime.SessionFactory)Engine.Compile(typeof(OwnerRule));
        var (session, recorder) = (factory.CreateSession(), new Recorder());
        session.Insert(recorder);
        session.InsertAll([new Rep(1, Region.Emea), new Rep(2, Region.Americas)]);
        session.InsertAll([new Territory(1, Region.Emea), new Territory(null, Region.Emea), new Territory(2, Region.Emea)]);

        session.Fire();

        Assert.Equal(["rep 1 in Emea"], recorder.Entries);
        Assert.Equal(4, factory.Network.SlotHashed.Count(h => h));
    }

    [Fact]
    public void Fire_StringEqualsIgnoringCase_ScansAndMatches()
    {
        var (session, recorder) = Engine.Session(typeof(CaseInsensitiveRule));
        session.Insert(new Lead(1, "ACME.com", 1));
        session.Insert(new Account(1, "acme.COM"));
        session.Insert(new Account(2, "other.com"));

        session.Fire();

        Assert.Equal(["Lead 1 ~ Account 1"], recorder.Entries);
    }

    public sealed record Rep(int Id, Region Region);

    public sealed record Territory(int? RepId, Region Region);

    private sealed class ThresholdRule : Rule
    {
        public override void Define()
        {
            Recorder recorder = null!;
            Lead lead = null!;
            var threshold = 70;
            When().Match(() => recorder).Match(() => lead, l => l.Score > threshold);
            Then().Do(ctx => recorder.Add($"above {lead}"));
        }
    }

    private sealed class NestedLambdaRule : Rule
    {
        public override void Define()
        {
            Recorder recorder = null!;
            Account account = null!;
            IEnumerable<Lead> leads = null!;
            When()
                .Match(() => recorder)
                .Match(() => account)
                .Query(() => leads, q => q.Match<Lead>(l => l.Domain == account.Domain).Collect())
                .Having(() => leads.Any(l => l.Score > 50 && l.Domain == account.Domain));
            Then().Do(ctx => recorder.Add($"hot domain {account}"));
        }
    }

    private sealed class OwnerRule : Rule
    {
        public override void Define()
        {
            Recorder recorder = null!;
            Rep rep = null!;
            Territory territory = null!;
            When()
                .Match(() => recorder)
                .Match(() => rep)
                .Match(() => territory, t => t.RepId == rep.Id)
                .Exists<Territory>(t => t.Region == rep.Region, t => t.RepId == null);
            Then().Do(ctx => recorder.Add($"rep {rep.Id} in {territory.Region}"));
        }
    }

    private sealed class CaseInsensitiveRule : Rule
    {
        public override void Define()
        {
            Recorder recorder = null!;
            Lead lead = null!;
            Account account = null!;
            When()
                .Match(() => recorder)
                .Match(() => lead)
                .Match(() => account, a => string.Equals(a.Domain, lead.Domain, StringComparison.OrdinalIgnoreCase));
            Then().Do(ctx => recorder.Add($"{lead} ~ {account}"));
        }
    }
}
