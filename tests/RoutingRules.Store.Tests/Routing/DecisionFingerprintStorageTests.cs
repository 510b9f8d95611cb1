using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Store.Routing;
using static RoutingRules.Store.Tests.Routing.SqliteDecisionLogTests;

namespace RoutingRules.Store.Tests.Routing;

/// <summary>The fingerprint of the lead a decision was routed from, stored with it (schema version 11).</summary>
public sealed class DecisionFingerprintStorageTests
{
    // The high bit set: stored as SQLite's signed integer, read back as the same unsigned value.
    private static readonly LeadFingerprint Fingerprint = new(0xF00D_CAFE_0000_0001);

    [Fact]
    public void Commit_Fingerprint_ReadBackByEveryReadOfTheDecision()
    {
        using var db = new TempDatabase();
        var decision = Decision(1, "L1", Assignee.ForRep("rep-a", "Ann")) with { LeadFingerprint = Fingerprint };
        using (var log = SqliteDecisionLog.Open(db.Options))
        {
            log.Commit([new DecisionCommit(decision, LiveStateChanges.None, null)]);
        }

        using var reopened = SqliteDecisionLog.Open(db.Options);

        Assert.Equal(Fingerprint, reopened.InForceForLead("L1")?.LeadFingerprint);
        Assert.Equal(Fingerprint, reopened.InForceForKey("L1")?.LeadFingerprint);
        Assert.Equal(Fingerprint, Assert.Single(reopened.History("L1")).LeadFingerprint);
        Assert.Equal(Fingerprint, Assert.Single(reopened.Load(Noon.AddDays(-1)).ActiveDecisions).LeadFingerprint);
    }

    [Fact]
    public void Commit_NoFingerprint_StoredAsNullAndReadAsNone()
    {
        using var db = new TempDatabase();
        using (var log = SqliteDecisionLog.Open(db.Options))
        {
            log.Commit([new DecisionCommit(Decision(1, "L1", Assignee.ForRep("rep-a", "Ann")), LiveStateChanges.None, null)]);
            Assert.False(log.InForceForLead("L1")!.LeadFingerprint.IsRecorded);
        }

        using var connection = SqliteConnections.Open(db.Options);
        Assert.Equal(DBNull.Value, SqliteConnections.Scalar(connection, "SELECT lead_fingerprint FROM decisions WHERE sequence = 1"));
    }

    /// <summary>A decision a version-10 build stored has no fingerprint after the upgrade: it replays for any lead fields, as it did.</summary>
    [Fact]
    public void Open_DecisionStoredAtVersion10_ReadsWithoutFingerprint()
    {
        using var db = new TempDatabase();
        using (var log = SqliteDecisionLog.Open(db.Options))
        {
            log.Commit([new DecisionCommit(Decision(1, "L1", Assignee.ForRep("rep-a", "Ann")) with { LeadFingerprint = Fingerprint }, LiveStateChanges.None, null)]);
        }

        // Back to version 10's layout: the column dropped, the version record removed.
        using (var connection = SqliteConnections.Open(db.Options))
        {
            SqliteConnections.Execute(connection, "ALTER TABLE decisions DROP COLUMN lead_fingerprint; DELETE FROM schema_version WHERE version = 11;");
        }

        using var upgraded = SqliteDecisionLog.Open(db.Options);

        var read = upgraded.InForceForLead("L1");
        Assert.Equal("rep-a", read?.Decision.Assignee.RepId);
        Assert.False(read!.LeadFingerprint.IsRecorded);
    }
}
