using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Validation;

namespace RoutingRules.Domain.Tests.Validation;

/// <summary><c>territories.holidays</c>: dates, country codes, how many, and how long a lead may find everything closed.</summary>
public sealed class HolidayValidatorTests
{
    private static Dataset With(IReadOnlyList<Holiday> holidays)
    {
        var d = TestData.Small();
        return d with { Policy = d.Policy with { Territories = d.Policy.Territories with { Holidays = holidays } } };
    }

    private static Holiday On(int year, int month, int day, params string[] countries) => new() { Date = new DateOnly(year, month, day), Countries = countries };

    private static List<string> PolicyFields(Dataset d) =>
        DatasetValidator.Validate(d).Where(e => e.RecordType == "RoutingPolicy").Select(e => e.Field).ToList();

    [Fact]
    public void Validate_HolidaysOfEveryLeadAndOfCountries_Accepted() =>
        Assert.Empty(DatasetValidator.Validate(With([On(2026, 7, 14, "FR"), On(2026, 5, 1, "FR", "DE"), On(2026, 12, 25)])));

    /// <summary>A lead's holidays are a set: a date twice, for overlapping countries or in one list, is harmless.</summary>
    [Fact]
    public void Validate_SameDateTwiceOrCountryTwice_Accepted() =>
        Assert.Empty(DatasetValidator.Validate(With([On(2026, 7, 14, "FR"), On(2026, 7, 14, "FR", "BE", "BE"), On(2026, 7, 14)])));

    [Fact]
    public void Validate_CountryNotAnUpperCaseIsoCode_NamesTheEntry()
    {
        var fields = PolicyFields(With([On(2026, 7, 14, "FR"), On(2026, 5, 1, "DE", "fr", "FRA", "XX"), On(2026, 12, 25, "")]));

        Assert.Equal(
            ["territories.holidays[1].countries[1]", "territories.holidays[1].countries[2]", "territories.holidays[1].countries[3]", "territories.holidays[2].countries[0]"],
            fields.Distinct());
    }

    [Fact]
    public void Validate_NoDateOrNoCountryList_NamesTheField()
    {
        var fields = PolicyFields(With([new Holiday { Countries = ["FR"] }, new Holiday { Date = new DateOnly(2026, 7, 14), Countries = null! }, null!]));

        Assert.Equal(["territories.holidays[0].date", "territories.holidays[1].countries", "territories.holidays[2]"], fields);
    }

    [Fact]
    public void Validate_ListNull_NamesTheList() =>
        Assert.Equal(["territories.holidays"], PolicyFields(With(null!)));

    [Fact]
    public void Validate_OverAThousandHolidays_NamesTheList()
    {
        var days = Enumerable.Range(0, HolidayValidator.MaxHolidays + 1).Select(i => On(2026, 1, 1, "FR") with { Date = new DateOnly(2026, 1, 1).AddDays(i * 7) }).ToList();

        Assert.Equal(["territories.holidays"], PolicyFields(With(days)));
        Assert.Empty(DatasetValidator.Validate(With(days[..HolidayValidator.MaxHolidays])));
    }

    [Fact]
    public void Validate_CountryClosedOverAMonth_RefusedNamingItAndTheStretch()
    {
        // Every weekday from Monday 3 August to Friday 4 September 2026: with the weekends around, 5 weeks off in France.
        var weekdays = Enumerable.Range(0, 33).Select(i => new DateOnly(2026, 8, 3).AddDays(i))
            .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).Select(d => new Holiday { Date = d, Countries = ["FR"] }).ToList();

        var error = Assert.Single(DatasetValidator.Validate(With(weekdays)));

        Assert.Equal("territories.holidays", error.Field);
        Assert.Contains("the leads of FR", error.Message, StringComparison.Ordinal);
        Assert.Contains("37 days in a row", error.Message, StringComparison.Ordinal);
        Assert.Contains("from 2026-08-01 to 2026-09-06", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_StretchOverAMonthOnlyWithTheHolidaysOfEveryLead_RefusedForTheCountry()
    {
        // France's 3 weeks (1-23 August with the weekends) and everyone's two weeks after them: 37 days for French leads, 16 for the others.
        var france = Enumerable.Range(0, 19).Select(i => new DateOnly(2026, 8, 3).AddDays(i)).Select(d => new Holiday { Date = d, Countries = ["FR"] });
        var everyone = Enumerable.Range(0, 12).Select(i => new DateOnly(2026, 8, 24).AddDays(i)).Select(d => new Holiday { Date = d });

        var error = Assert.Single(DatasetValidator.Validate(With([.. france, .. everyone])));

        Assert.Contains("the leads of FR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ThreeWeeksSummerClosure_Accepted()
    {
        var closure = Enumerable.Range(0, 19).Select(i => new Holiday { Date = new DateOnly(2026, 8, 3).AddDays(i), Countries = ["FR"] }).ToList();

        Assert.Empty(DatasetValidator.Validate(With(closure)));
    }
}
