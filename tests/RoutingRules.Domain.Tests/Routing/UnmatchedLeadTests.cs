using RoutingRules.Domain.Routing;

namespace RoutingRules.Domain.Tests.Routing;

/// <summary>The decisions of unmatched leads share what they keep: one instance per reason, country and industry.</summary>
public sealed class UnmatchedLeadTests
{
    [Fact]
    public void Of_SameValues_SameInstanceAndOneCopyOfEachText()
    {
        var first = UnmatchedLead.Of(UnmatchedReason.UncoveredCountry, "JP", new string("mining".AsSpan()));
        var second = UnmatchedLead.Of(UnmatchedReason.UncoveredCountry, new string("JP".AsSpan()), new string("mining".AsSpan()));

        Assert.Same(first, second);
        Assert.Equal((UnmatchedReason.UncoveredCountry, "JP", "mining"), (second.Reason, second.Country, second.Industry));
    }

    [Fact]
    public void Of_OtherReasonOrValue_AnotherInstance()
    {
        var country = UnmatchedLead.Of(UnmatchedReason.UncoveredCountry, "BR", "retail");

        Assert.NotSame(country, UnmatchedLead.Of(UnmatchedReason.UncoveredIndustry, "BR", "retail"));
        Assert.NotSame(country, UnmatchedLead.Of(UnmatchedReason.UncoveredCountry, "BR", "Retail"));
        Assert.NotSame(country, UnmatchedLead.Of(UnmatchedReason.UncoveredCountry, "BR", null));
    }

    [Fact]
    public void Of_BlankTexts_None()
    {
        var unmatched = UnmatchedLead.Of(UnmatchedReason.MissingData, " ", "");

        Assert.Null(unmatched.Country);
        Assert.Null(unmatched.Industry);
        Assert.Same(unmatched, UnmatchedLead.Of(UnmatchedReason.MissingData, null, null));
    }
}
