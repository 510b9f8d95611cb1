using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Scenarios;

/// <summary>
/// The edges of the churn windows (DOMAIN.md §2: under 6 months win-back, over 12 months new,
/// in between the former owner if still employed), on calendar dates against the routing clock
/// (<see cref="RoutingKit.DemoNow"/>, 2026-11-23): whole months rounded down once counted
/// 12 months and up to 30 days as "in between".
/// </summary>
public sealed class ChurnWindowScenarioTests
{
    private static readonly Lead FromAjaccio = Leads.InFrance("contact@tyrell-conseil.fr", "2A", "Corse", "Ajaccio", "20000");

    [Theory]
    [InlineData("2026-05-24", "Accounts.ChurnWinBack")]      // 5 months 30 days
    [InlineData("2026-05-23", "Accounts.ChurnFormerOwner")]  // exactly 6 months
    [InlineData("2025-11-23", "Accounts.ChurnFormerOwner")]  // exactly 12 months
    public void Route_ChurnedWithinTwelveMonths_GoesToTheFormerOwner(string churnedOn, string rule)
    {
        ChurnedOn(churnedOn).Route(FromAjaccio)
            .AssignedTo("ae-departed-nosucc").AtLevel(RoutingLevel.ChurnWinBack).Fired(rule).DidNotFire("Accounts.ChurnedLongAgo");
    }

    [Theory]
    [InlineData("2025-11-22")]  // 12 months and 1 day
    [InlineData("2025-10-24")]  // 12 months and 30 days
    public void Route_ChurnedOverTwelveMonthsAgo_IsTreatedAsNewAndRoutedByTerritory(string churnedOn)
    {
        // Treated as new, by its account's industry (general) first: the vertical territory outranks Corse's.
        ChurnedOn(churnedOn).Route(FromAjaccio)
            .AtLevel(RoutingLevel.Territory).InTerritory("ter-general-fr").Fired("Accounts.ChurnedLongAgo").DidNotFire("Accounts.ChurnFormerOwner");
    }

    [Fact]
    public void Route_ChurnedExactlyTwelveMonthsAgo_ReasonSaysTwelveMonths()
    {
        var routed = ChurnedOn("2025-11-23").Route(FromAjaccio);

        Assert.Contains("churned 12 months ago", routed.Decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Route_ChurnedTwelveMonthsAndADayAgo_NoteSaysMoreThanTwelveMonths()
    {
        var routed = ChurnedOn("2025-11-22").Route(FromAjaccio);

        var note = Assert.Single(routed.Trace.Details!.Notes, n => n.Type == "AccountNote")["note"];
        Assert.Equal("churned on 2025-11-22, more than 12 months ago: treated as a new account", note);
    }

    [Fact]
    public void Route_WindowsEndingPastTheCalendar_StillWinBack()
    {
        var scenario = ChurnedOn("2025-11-22").WithPolicy(p => p with
        {
            Accounts = p.Accounts with { ChurnWinBackMonths = int.MaxValue, ChurnTreatAsNewMonths = int.MaxValue },
        });

        scenario.Route(FromAjaccio).AssignedTo("ae-departed-nosucc").Fired("Accounts.ChurnWinBack");
    }

    // Tyrell Conseil with its former owner still employed, so only the dates decide.
    private static RoutingScenario ChurnedOn(string date) => RoutingKit.Demo()
        .WithDataset(d => d with
        {
            Accounts = d.Accounts.Select(a => a.Id == "acc-churn-mid" ? a with { ChurnedOn = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) } : a).ToList(),
        })
        .WithRep("ae-departed-nosucc", r => r with { Departed = false });
}
