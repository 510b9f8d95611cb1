using Microsoft.Data.Sqlite;

namespace RoutingRules.Store.Migrations;

/// <summary>One schema step; applied once, inside its own transaction, in version order.</summary>
public interface IMigration
{
    int Version { get; }
    string Name { get; }
    void Apply(SqliteConnection connection, SqliteTransaction transaction);
}
