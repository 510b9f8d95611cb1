using Microsoft.Data.Sqlite;

namespace RoutingRules.Store.Migrations;

/// <summary>
/// The decision log's trace vocabulary: texts every trace would otherwise spell out (the rule
/// names, about a quarter of a stored trace), each stored once under a number that traces of
/// format 4 write instead. Numbers are only ever added (see <c>TraceVocabulary</c> in the domain).
/// </summary>
internal sealed class V007TraceVocabulary : IMigration
{
    public int Version => 7;
    public string Name => "trace vocabulary";

    public void Apply(SqliteConnection connection, SqliteTransaction transaction) =>
        SqliteConnections.Execute(connection, """
            CREATE TABLE trace_vocabulary (
                code INTEGER PRIMARY KEY CHECK (code >= 0),
                text TEXT NOT NULL UNIQUE);
            """, transaction);
}
