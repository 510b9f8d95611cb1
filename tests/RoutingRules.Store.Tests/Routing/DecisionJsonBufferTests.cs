using System.Text;
using RoutingRules.Domain.Routing;
using RoutingRules.Store.Routing;

namespace RoutingRules.Store.Tests.Routing;

/// <summary>The commit path's UTF-8 decision JSON must be byte for byte the text the string serializer wrote (readers parse it).</summary>
public sealed class DecisionJsonBufferTests
{
    [Fact]
    public void Serialize_VariedDecisions_EqualsStringFormInUtf8()
    {
        var buffer = new DecisionJsonBuffer();
        foreach (var decision in VariedDecisions())
        {
            var bytes = buffer.Serialize(decision).ToArray();

            Assert.Equal(Encoding.UTF8.GetBytes(DecisionJson.Serialize(decision)), bytes);
            Assert.Equal(decision, DecisionJson.Deserialize(Encoding.UTF8.GetString(bytes)));
        }
    }

    [Fact]
    public void Serialize_ShortAfterLong_HoldsOnlyTheShortOne()
    {
        var buffer = new DecisionJsonBuffer();
        var decisions = VariedDecisions().ToList();
        var longest = decisions.MaxBy(d => DecisionJson.Serialize(d).Length)!;
        var shortest = decisions.MinBy(d => DecisionJson.Serialize(d).Length)!;
        buffer.Serialize(longest);

        Assert.Equal(Encoding.UTF8.GetBytes(DecisionJson.Serialize(shortest)), buffer.Serialize(shortest).ToArray());
    }

    internal static IEnumerable<RoutingDecision> VariedDecisions()
    {
        var at = new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
        var plain = new RoutingDecision
        {
            LeadId = "L1",
            Assignee = Assignee.ForRep("rep-a", "Ann"),
            Level = RoutingLevel.Territory,
            Treatment = Treatment.SdrQualification,
            RespondBy = at.AddMinutes(15),
            EscalateAt = at.AddMinutes(30),
            Reason = "Territory round-robin.",
            RuleSetVersion = "v1",
        };
        yield return plain;
        yield return plain with
        {
            Assignee = Assignee.ForQueue("default-pool"),
            Level = RoutingLevel.PriorityQueue,
            Flags = RoutingFlags.CapacityOverflow | RoutingFlags.NoTerritoryMatch,
            LeadScore = 0,
        };
        yield return plain with
        {
            Assignee = Assignee.ForRep("rep-é", "Zoë \"Zed\" O'Brien <ops> & 北京"),
            TerritoryId = "t-fr-75",
            TerritoryName = "Paris \\ Île-de-France",
            AccountId = "acc-1",
            Treatment = Treatment.SeniorAeImmediate,
            Priority = LeadPriority.Hot,
            RespondBy = new DateTimeOffset(2024, 2, 29, 23, 59, 59, TimeSpan.FromHours(5.5)).AddTicks(1_234_567),
            EscalateAt = DateTimeOffset.MaxValue,
            Flags = RoutingFlags.TimeZoneMismatch | RoutingFlags.OwnerAbsent | RoutingFlags.ManualReviewMatch | RoutingFlags.HighAccountActivity,
            NextContactAt = new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.FromHours(-8)),
            Reason = "Owner absent; backup \u2014 tab\tnewline\n emoji \U0001F600 nul\u0000.",
            LeadScore = 87,
            RuleSetVersion = "sha256:0123abcd",
        };
        yield return plain with { Assignee = Assignee.ForRep(string.Empty, string.Empty), Reason = string.Empty, RuleSetVersion = string.Empty, NextContactAt = DateTimeOffset.MinValue };
        foreach (var level in Enum.GetValues<RoutingLevel>())
        {
            yield return plain with { Level = level, Treatment = (Treatment)((int)level % Enum.GetValues<Treatment>().Length) };
        }
    }
}
