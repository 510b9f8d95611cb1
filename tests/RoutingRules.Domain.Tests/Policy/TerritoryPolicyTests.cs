using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;

namespace RoutingRules.Domain.Tests.Policy;

public sealed class TerritoryPolicyTests
{
    private static readonly TerritoryPolicy Configured = new()
    {
        NearestTerritories = new Dictionary<string, string>
        {
            ["971"] = "ter-antilles", ["06"] = "ter-sud", ["Île-de-France"] = "ter-idf", ["GP"] = "ter-gp",
        },
    };

    [Theory]
    [InlineData("971", null, null, "971", "ter-antilles")]
    [InlineData("6", null, null, "6", "ter-sud")]
    [InlineData("006", null, null, "006", "ter-sud")]
    [InlineData(null, "Ile de France", null, "Ile de France", "ter-idf")]
    [InlineData(null, "ILE-DE-FRANCE", "FR", "ILE-DE-FRANCE", "ter-idf")]
    [InlineData(null, null, "gp", "gp", "ter-gp")]
    [InlineData("60", "Bretagne", "GP", "GP", "ter-gp")]
    public void NearestTerritoryFor_AreaSpelledOtherwise_FoundAndNamedAsTheLeadGaveIt(
        string? department, string? region, string? country, string area, string territoryId) =>
        Assert.Equal((area, territoryId), Configured.NearestTerritoryFor(department, region, country));

    [Theory]
    [InlineData("60", null, null)]
    [InlineData("97", null, null)]
    [InlineData(null, "Bretagne", "FR")]
    [InlineData(null, null, null)]
    public void NearestTerritoryFor_OtherArea_Null(string? department, string? region, string? country) =>
        Assert.Null(Configured.NearestTerritoryFor(department, region, country));

    [Fact]
    public void NearestTerritoryFor_NothingConfigured_Null() =>
        Assert.Null(new TerritoryPolicy().NearestTerritoryFor("75", "Ile-de-France", "FR"));

    [Fact]
    public void HolidaysFor_CountryAndEveryLead_ItsOwnAndTheCountrylessOnes_BuiltOnce()
    {
        var policy = new TerritoryPolicy
        {
            Holidays =
            [
                new Holiday { Date = new DateOnly(2026, 7, 14), Countries = ["FR"] },
                new Holiday { Date = new DateOnly(2026, 10, 3), Countries = ["DE"] },
                new Holiday { Date = new DateOnly(2026, 12, 25) },
                new Holiday { Date = new DateOnly(2026, 12, 25), Countries = ["FR"] }, // twice: harmless
            ],
        };

        Assert.Equal([new DateOnly(2026, 7, 14), new DateOnly(2026, 12, 25)], policy.HolidaysFor("FR")!.Order());
        Assert.Equal([new DateOnly(2026, 10, 3), new DateOnly(2026, 12, 25)], policy.HolidaysFor("de")!.Order());
        Assert.Equal([new DateOnly(2026, 12, 25)], policy.HolidaysFor("US")!);
        Assert.Equal([new DateOnly(2026, 12, 25)], policy.HolidaysFor(null)!);
        Assert.Same(policy.HolidaysFor("FR"), policy.HolidaysFor("FR"));
    }

    [Fact]
    public void HolidaysFor_OnlyCountryHolidays_NoneForOtherLeads()
    {
        var policy = new TerritoryPolicy { Holidays = [new Holiday { Date = new DateOnly(2026, 7, 14), Countries = ["FR"] }] };

        Assert.Null(policy.HolidaysFor("BE"));
        Assert.Null(policy.HolidaysFor(null));
        Assert.Null(new TerritoryPolicy().HolidaysFor("FR"));
    }

    // Enterprise from EUR 50M, mid-market from EUR 10M.
    private static readonly TerritoryPolicy RevenueBands = new() { EnterpriseMinRevenue = 50_000_000m, MidMarketMinRevenue = 10_000_000m };

    [Theory]
    [InlineData("50000000", Segment.Enterprise)]
    [InlineData("900000000000", Segment.Enterprise)]
    [InlineData("49999999.99", Segment.MidMarket)]
    [InlineData("10000000", Segment.MidMarket)]
    [InlineData("9999999.99", Segment.Smb)]
    [InlineData("0", Segment.Smb)]
    public void Classify_UnknownSizeWithRevenueBands_RevenueBandFromEachThresholdOn(string revenue, Segment expected) =>
        Assert.Equal((expected, SegmentSource.AnnualRevenue), RevenueBands.Classify(null, decimal.Parse(revenue, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(10, "80000000", Segment.Smb)]
    [InlineData(500, "0", Segment.Enterprise)]
    [InlineData(49, null, Segment.Smb)]
    [InlineData(50, "0", Segment.MidMarket)]
    public void Classify_EmployeeCountGiven_EmployeeBandWhateverTheRevenue(int employees, string? revenue, Segment expected) =>
        Assert.Equal((expected, SegmentSource.EmployeeCount), RevenueBands.Classify(employees, revenue is null ? null : decimal.Parse(revenue, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Classify_NeitherSizeNorRevenue_DefaultSegment()
    {
        Assert.Equal((Segment.MidMarket, SegmentSource.DefaultSegment), RevenueBands.Classify(null, null));
        Assert.Equal((Segment.Smb, SegmentSource.DefaultSegment), (RevenueBands with { DefaultSegment = Segment.Smb }).Classify(null, null));
    }

    /// <summary>Today's behaviour: without revenue bands (the default), or with one threshold alone, the revenue is not read.</summary>
    [Theory]
    [InlineData(null, null)]
    [InlineData(50_000_000.0, null)]
    [InlineData(null, 10_000_000.0)]
    public void Classify_RevenueBandsUnsetOrHalfSet_UnknownSizeIsTheDefaultSegmentWhateverTheRevenue(double? enterprise, double? midMarket)
    {
        var policy = new TerritoryPolicy { EnterpriseMinRevenue = (decimal?)enterprise, MidMarketMinRevenue = (decimal?)midMarket };

        Assert.Equal((Segment.MidMarket, SegmentSource.DefaultSegment), policy.Classify(null, 80_000_000m));
        Assert.Equal((Segment.MidMarket, SegmentSource.DefaultSegment), policy.Classify(null, 0m));
        Assert.Equal(Segment.MidMarket, policy.SegmentFor(null, 1m));
    }

    /// <summary>The segment is worked out for every lead and every segment territory tested: nothing allocated.</summary>
    [Fact]
    public void Classify_SizeOrRevenue_AllocatesNothing()
    {
        RevenueBands.Classify(200, null);
        RevenueBands.Classify(null, 12_000_000m);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            RevenueBands.Classify(200, 12_000_000m);
            RevenueBands.Classify(null, 12_000_000m);
            RevenueBands.SegmentFor(null, null);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
