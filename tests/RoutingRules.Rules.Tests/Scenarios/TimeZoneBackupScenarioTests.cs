using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Scenarios;

/// <summary>
/// DOMAIN.md §4 (seed 004: "router vers un commercial backup dans un fuseau horaire plus proche"):
/// when every eligible member is more than the backup offset (3 h) from the lead, a backup closer
/// than all of them takes the lead, even when it is itself beyond the offset; the decision stays
/// flagged while the rep who gets it is still that far.
/// </summary>
public sealed class TimeZoneBackupScenarioTests
{
    // At DemoNow it is 18:00 in Tokyo: 17 h from Los Angeles, 5 h from Dubai, 9 h from Paris.
    private static readonly Lead FromTokyo =
        Leads.From("cto@kanto-robotics.fr") with { Country = "FR", TimeZone = "Asia/Tokyo", PreferredLanguage = "en" };

    [Fact]
    public void Route_BackupCloserThanEveryMemberButBeyondTheOffset_BackupTakesItFlagged()
    {
        var scenario = RoutingKit.With(SmallDatasets.OneTerritory(
            [SmallDatasets.Rep("member-la", "America/Los_Angeles", "en"), SmallDatasets.Rep("backup-dubai", "Asia/Dubai", "en")], backup: "backup-dubai"));

        scenario.Route(FromTokyo).AssignedTo("backup-dubai").AtLevel(RoutingLevel.Backup).InTerritory("ter-one")
            .Fired("Fallback.TimeZoneBackup").Flagged(RoutingFlags.TimeZoneMismatch).Fired("Capacity.DelayedFollowUp")
            .NotFlagged(RoutingFlags.CapacityOverflow);
    }

    [Theory]
    [InlineData("America/Los_Angeles")]  // farther: 17 h against 5 h
    [InlineData("Asia/Dubai")]           // as far: 5 h, not closer
    public void Route_BackupNoCloserThanTheMembers_AMemberKeepsItFlagged(string backupZone)
    {
        var scenario = RoutingKit.With(SmallDatasets.OneTerritory(
            [SmallDatasets.Rep("member-dubai", "Asia/Dubai", "en"), SmallDatasets.Rep("backup", backupZone, "en")], backup: "backup"));

        scenario.Route(FromTokyo).AssignedTo("member-dubai").AtLevel(RoutingLevel.Territory)
            .DidNotFire("Fallback.TimeZoneBackup").Flagged(RoutingFlags.TimeZoneMismatch);
    }

    [Fact]
    public void Route_CloserBackupUnavailable_AMemberKeepsItFlagged()
    {
        var scenario = RoutingKit.With(SmallDatasets.OneTerritory(
            [SmallDatasets.Rep("member-la", "America/Los_Angeles", "en"), SmallDatasets.Rep("backup-dubai", "Asia/Dubai", "en") with { Status = RepStatus.Away }],
            backup: "backup-dubai"));

        scenario.Route(FromTokyo).AssignedTo("member-la").DidNotFire("Fallback.TimeZoneBackup").Flagged(RoutingFlags.TimeZoneMismatch);
    }
}
