using Microsoft.Data.Sqlite;
using RoutingRules.Store.Routing;

namespace RoutingRules.Store.Tests.Routing;

public sealed class RawStatementTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public RawStatementTests()
    {
        _connection.Open();
        Execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, note TEXT, data BLOB)");
    }

    [Fact]
    public void Execute_BoundValues_StoresThemWithTheirTypes()
    {
        using var insert = new RawStatement(_connection, "INSERT INTO t (id, name, note, data) VALUES (?1, ?2, ?3, ?4)");
        var longName = new string('é', 2000);

        insert.Int64(1, long.MaxValue).Text(2, "Zoë 北京 \U0001F600").Text(3, null).Blob(4, [1, 0, 2]).Execute();
        insert.Int64(1, 2).Text(2, string.Empty).Utf8Text(3, ReadOnlySpan<byte>.Empty).Blob(4, ReadOnlySpan<byte>.Empty).Execute();
        insert.Int64(1, 3).Text(2, longName).Utf8Text(3, "abc"u8[..2]).Execute();

        Assert.Equal("9223372036854775807|Zoë 北京 \U0001F600|null|blob:010002", Row(long.MaxValue));
        Assert.Equal("2||text:|blob:", Row(2));
        Assert.Equal($"3|{longName}|text:ab|null", Row(3));
    }

    [Fact]
    public void Execute_ConstraintFails_ThrowsWhatMicrosoftDataSqliteThrowsAndStaysUsable()
    {
        Execute("INSERT INTO t (id, name) VALUES (1, 'taken')");
        using var command = _connection.CreateCommand();
        command.CommandText = "INSERT INTO t (id, name) VALUES (2, 'taken')";
        var expected = Assert.Throws<SqliteException>(() => command.ExecuteNonQuery());
        using var insert = new RawStatement(_connection, "INSERT INTO t (id, name) VALUES (?1, ?2)");

        var actual = Assert.Throws<SqliteException>(() => insert.Int64(1, 2).Text(2, "taken").Execute());
        insert.Int64(1, 3).Text(2, "free").Execute();

        Assert.Equal(expected.Message, actual.Message);
        Assert.Equal(expected.SqliteErrorCode, actual.SqliteErrorCode);
        Assert.Equal(expected.SqliteExtendedErrorCode, actual.SqliteExtendedErrorCode);
        Assert.Equal("3|free|null|null", Row(3));
    }

    [Fact]
    public void Execute_AfterExecute_StartsFromClearedBindings()
    {
        using var insert = new RawStatement(_connection, "INSERT INTO t (id, name, note) VALUES (?1, ?2, ?3)");
        insert.Int64(1, 1).Text(2, "a").Text(3, "note").Execute();

        insert.Int64(1, 2).Text(2, "b").Execute();

        Assert.Equal("2|b|null|null", Row(2));
    }

    [Fact]
    public void Text_IndexOutOfRange_ThrowsAndClearsTheOtherBindings()
    {
        using var insert = new RawStatement(_connection, "INSERT INTO t (id, name, note) VALUES (?1, ?2, ?3)");
        insert.Int64(1, 1).Text(2, "a").Text(3, "left over");

        var error = Assert.Throws<SqliteException>(() => insert.Text(4, "no such parameter"));
        insert.Int64(1, 1).Text(2, "a").Execute();

        Assert.Equal(25, error.SqliteErrorCode);
        Assert.Equal("1|a|null|null", Row(1));
    }

    [Fact]
    public void Constructor_InvalidSql_ThrowsSqliteException()
    {
        var error = Assert.Throws<SqliteException>(() => new RawStatement(_connection, "INSERT INTO missing VALUES (?1)"));

        Assert.Contains("no such table: missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_InsideRolledBackTransaction_LeavesNothing()
    {
        using var insert = new RawStatement(_connection, "INSERT INTO t (id, name) VALUES (?1, ?2)");
        using (_connection.BeginTransaction(deferred: false))
        {
            insert.Int64(1, 1).Text(2, "a").Execute();
        }

        Assert.Equal(0L, Scalar("SELECT count(*) FROM t"));
    }

    public void Dispose() => _connection.Dispose();

    private string Row(long id)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT id || '|' || name || '|' || CASE WHEN note IS NULL THEN 'null' ELSE typeof(note) || ':' || note END
                || '|' || CASE WHEN data IS NULL THEN 'null' ELSE typeof(data) || ':' || lower(hex(data)) END FROM t WHERE id = $id
            """;
        command.Parameters.AddWithValue("$id", id);
        return (string)command.ExecuteScalar()!;
    }

    private object? Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
