using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Store.Routing;

namespace RoutingRules.Store.Tests.Routing;

/// <summary>The compact stored decision reads back equal, field for field, to what was written.</summary>
public sealed class DecisionBinaryTests
{
    [Fact]
    public void Decode_VariedDecisions_EqualsTheDecisionEncoded()
    {
        var binary = new DecisionBinary();
        foreach (var decision in VariedDecisions())
        {
            var decoded = Decode(binary.Encode(decision).ToArray(), decision);

            Assert.Equal(decision, decoded);
            Assert.Equal(decision.RespondBy.Offset, decoded.RespondBy.Offset);
            Assert.Equal(decision.EscalateAt.Offset, decoded.EscalateAt.Offset);
            Assert.Equal(decision.NextContactAt?.Offset, decoded.NextContactAt?.Offset);
        }
    }

    [Fact]
    public void RoutingDecision_EveryProperty_IsOneTheStoredFormKnows()
    {
        // The compact form lists its fields by hand (the JSON it replaced took new ones on its
        // own): a property added to the decision must be added to DecisionBinary (with a new
        // format version, or an optional value whose absence reads as the stored decisions
        // without it always did), and then here.
        string[] stored =
        [
            "LeadId", "Assignee", "Level", "TerritoryId", "TerritoryName", "AccountId", "Treatment", "Priority", "RespondBy",
            "EscalateAt", "Flags", "NextContactAt", "Reason", "LeadScore", "RuleSetVersion", "SubsidiaryAccountId", "Source", "Segment",
            "Unmatched",
        ];
        string[] assignee = ["RepId", "RepName", "QueueName", "IsQueue"]; // IsQueue is computed from QueueName

        Assert.Equal(stored.Order(), PublicProperties(typeof(RoutingDecision)).Order());
        Assert.Equal(assignee.Order(), PublicProperties(typeof(Assignee)).Order());
    }

    /// <summary>
    /// A decision without a source or segment is written as format 1 always wrote one, so the
    /// decisions stored before the two were kept read back with neither, and their bytes are those.
    /// </summary>
    [Fact]
    public void Encode_SourceAndSegmentUnknown_WritesNoMoreThanBeforeAndReadsBackUnknown()
    {
        var plain = VariedDecisions().First();
        var withSource = plain with { Source = LeadSource.Chat };
        var withSegment = plain with { Segment = Segment.Smb };

        var before = new DecisionBinary().Encode(plain).ToArray();

        Assert.Equal(before.Length + 2, new DecisionBinary().Encode(withSource).Length);
        Assert.Equal(before.Length + 2, new DecisionBinary().Encode(withSegment).Length);
        var decoded = Decode(before, plain);
        Assert.Equal(LeadSource.Unknown, decoded.Source);
        Assert.Null(decoded.Segment);
        Assert.Equal(Segment.Smb, Decode(new DecisionBinary().Encode(withSegment).ToArray(), withSegment).Segment);
    }

    /// <summary>
    /// An unmatched decision stored before reasons were kept: format 1 as written then, its flag set
    /// and nothing after the rule-set version. It reads back with no reason (Unknown in the health),
    /// and a decision without one is still written so, byte for byte.
    /// </summary>
    [Fact]
    public void Decode_UnmatchedDecisionStoredBeforeReasons_ReadsWithoutOne()
    {
        var stored = Convert.FromHexString(StoredBeforeReasons);
        var written = VariedDecisions().First() with { Flags = RoutingFlags.NoTerritoryMatch };

        var decoded = Decode(stored, written);

        Assert.Equal(written, decoded);
        Assert.Equal(RoutingFlags.NoTerritoryMatch, decoded.Flags);
        Assert.Null(decoded.Unmatched);
        Assert.Equal(StoredBeforeReasons, Convert.ToHexString(new DecisionBinary().Encode(written)));
    }

    [Fact]
    public void Encode_Unmatched_OneMorePresentByteThenReasonAndTextsAndReadsBackTheSharedInstance()
    {
        var plain = VariedDecisions().First() with { Flags = RoutingFlags.NoTerritoryMatch };
        var before = new DecisionBinary().Encode(plain).Length;
        var country = plain with { Unmatched = UnmatchedLead.Of(UnmatchedReason.UncoveredCountry, "JP", null) };
        var both = plain with { Unmatched = UnmatchedLead.Of(UnmatchedReason.UncoveredIndustry, "DE", "mining") };
        var none = plain with { Unmatched = UnmatchedLead.Of(UnmatchedReason.MissingData, null, null) };

        // The second present byte, the reason, then each text as its length and UTF-8.
        Assert.Equal(before + 2 + 1 + 2, new DecisionBinary().Encode(country).Length);
        Assert.Equal(before + 2 + 1 + 2 + 1 + 6, new DecisionBinary().Encode(both).Length);
        Assert.Equal(before + 2, new DecisionBinary().Encode(none).Length);
        foreach (var decision in new[] { country, both, none })
        {
            var decoded = Decode(new DecisionBinary().Encode(decision).ToArray(), decision);
            Assert.Equal(decision, decoded);
            Assert.Same(decision.Unmatched, decoded.Unmatched);
        }
    }

    [Fact]
    public void Encode_ShortAfterLong_HoldsOnlyTheShortOne()
    {
        var binary = new DecisionBinary();
        var decisions = VariedDecisions().ToList();
        var longest = decisions.MaxBy(d => new DecisionBinary().Encode(d).Length)!;
        var shortest = decisions.MinBy(d => new DecisionBinary().Encode(d).Length)!;
        binary.Encode(longest);

        Assert.Equal(new DecisionBinary().Encode(shortest).ToArray(), binary.Encode(shortest).ToArray());
        Assert.Equal(shortest, Decode(binary.Encode(shortest).ToArray(), shortest));
    }

    [Fact]
    public void Encode_LongText_GrowsTheBufferAndReadsBack()
    {
        var plain = VariedDecisions().First();
        var decision = plain with { Reason = new string('é', 5_000), TerritoryName = new string('x', 300) };

        Assert.Equal(decision, Decode(new DecisionBinary().Encode(decision).ToArray(), decision));
    }

    [Fact]
    public void Encode_FullDecision_AtMostHalfTheJson()
    {
        var decision = VariedDecisions().ElementAt(2);

        Assert.InRange(new DecisionBinary().Encode(decision).Length, 1, DecisionJson.Serialize(decision).Length / 2);
    }

    [Fact]
    public void EscalateAtOf_VariedDecisions_EqualsTheDecodedEscalationTime()
    {
        var binary = new DecisionBinary();
        foreach (var decision in VariedDecisions())
        {
            var escalateAt = DecisionBinary.EscalateAtOf(binary.Encode(decision));

            Assert.Equal(decision.EscalateAt, escalateAt);
            Assert.Equal(decision.EscalateAt.Offset, escalateAt.Offset);
        }
    }

    [Fact]
    public void EscalateAtOf_UnknownFormat_Throws()
    {
        var stored = new DecisionBinary().Encode(VariedDecisions().First()).ToArray();
        stored[0] = DecisionBinary.FormatVersion + 1;

        Assert.Throws<InvalidDataException>(() => DecisionBinary.EscalateAtOf(stored));
    }

    [Fact]
    public void Decode_UnknownFormat_Throws()
    {
        var stored = new DecisionBinary().Encode(VariedDecisions().First()).ToArray();
        stored[0] = DecisionBinary.FormatVersion + 1;

        Assert.Throws<InvalidDataException>(() => DecisionBinary.Decode(stored, "L1", "rep-a", null, null));
    }

    /// <summary>Decodes with the values the row's own columns hold, as the decision log reads them.</summary>
    internal static RoutingDecision Decode(byte[] stored, RoutingDecision written) =>
        DecisionBinary.Decode(stored, written.LeadId, written.Assignee.RepId, written.Assignee.QueueName, written.AccountId);

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
            SubsidiaryAccountId = "acc-1-filiale-é",
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
        yield return plain with { LeadScore = -5, TerritoryId = "t-only", Flags = (RoutingFlags)int.MaxValue };
        yield return plain with { TerritoryName = "name only", LeadScore = int.MinValue };
        yield return plain with { AccountId = "acc-parent", SubsidiaryAccountId = "acc-sub" };
        foreach (var flag in Enum.GetValues<RoutingFlags>())
        {
            yield return plain with { Flags = flag };
        }

        foreach (var priority in Enum.GetValues<LeadPriority>())
        {
            yield return plain with { Priority = priority };
        }

        foreach (var level in Enum.GetValues<RoutingLevel>())
        {
            yield return plain with { Level = level, Treatment = (Treatment)((int)level % Enum.GetValues<Treatment>().Length) };
        }

        foreach (var source in Enum.GetValues<LeadSource>())
        {
            yield return plain with { Source = source };
            yield return plain with { Source = source, Segment = (Segment)((int)source % Enum.GetValues<Segment>().Length), SubsidiaryAccountId = "acc-sub" };
        }

        foreach (var segment in Enum.GetValues<Segment>())
        {
            yield return plain with { Segment = segment };
        }

        foreach (var reason in Enum.GetValues<UnmatchedReason>())
        {
            var unmatched = plain with { Flags = RoutingFlags.NoTerritoryMatch, Assignee = Assignee.ForQueue("default-pool"), Level = RoutingLevel.DefaultPool };
            yield return unmatched with { Unmatched = UnmatchedLead.Of(reason, "JP", "technology") };
            yield return unmatched with { Unmatched = UnmatchedLead.Of(reason, null, "Équipements médicaux 北京") };
            yield return unmatched with { Unmatched = UnmatchedLead.Of(reason, "BR", null), Source = LeadSource.Event, Segment = Segment.Smb };
            yield return unmatched with { Unmatched = UnmatchedLead.Of(reason, null, null), SubsidiaryAccountId = "acc-sub", LeadScore = 12 };
        }
    }

    // VariedDecisions().First() flagged unmatched, as format 1 wrote it before reasons were kept.
    private const string StoredBeforeReasons =
        "0101090100800400FA66535578DE08000014D86B5778DE080003416E6E165465727269746F727920726F756E642D726F62696E2E027631";

    private static IEnumerable<string> PublicProperties(Type type) =>
        type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
            .Where(p => p.Name != "EqualityContract")
            .Select(p => p.Name);
}
