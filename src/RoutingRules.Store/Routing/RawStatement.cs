using System.Buffers;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace RoutingRules.Store.Routing;

/// <summary>
/// One statement prepared once on the connection's native handle and run through SQLitePCLRaw,
/// inside whatever transaction the connection has open. The commit thread writes several rows
/// per decision; Microsoft.Data.Sqlite's command machinery (statement lookup, a reader per
/// execution, boxed parameter values) cost more than SQLite's own work on them. Parameters are
/// numbered (<c>?1</c>, <c>?2</c>...) and bound by number; text goes in as UTF-8, as
/// Microsoft.Data.Sqlite binds it. Failures throw the <see cref="SqliteException"/> that
/// Microsoft.Data.Sqlite would throw, so callers and transactions see no difference.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private const int StackTextBytes = 512;

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public RawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    public RawStatement Int64(int index, long value) => Bound(raw.sqlite3_bind_int64(_statement, index, value));

    /// <summary>Binds the integer, or NULL for null.</summary>
    public RawStatement Int64(int index, long? value) =>
        value is { } number ? Int64(index, number) : Bound(raw.sqlite3_bind_null(_statement, index));

    /// <summary>Binds the text, or NULL for a null string.</summary>
    public RawStatement Text(int index, string? value)
    {
        if (value is null)
        {
            return Bound(raw.sqlite3_bind_null(_statement, index));
        }

        var maxBytes = Encoding.UTF8.GetMaxByteCount(value.Length);
        byte[]? rented = null;
        Span<byte> buffer = maxBytes <= StackTextBytes ? stackalloc byte[StackTextBytes] : (rented = ArrayPool<byte>.Shared.Rent(maxBytes));
        try
        {
            return Utf8Text(index, buffer[..Encoding.UTF8.GetBytes(value, buffer)]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Binds text already encoded as UTF-8; SQLite copies it before this returns.</summary>
    public RawStatement Utf8Text(int index, ReadOnlySpan<byte> utf8)
    {
        // An empty span has no address, which SQLite would take for NULL.
        return Bound(utf8.IsEmpty ? raw.sqlite3_bind_text(_statement, index, string.Empty) : raw.sqlite3_bind_text(_statement, index, utf8));
    }

    /// <summary>Binds the bytes as a BLOB; SQLite copies them before this returns.</summary>
    public RawStatement Blob(int index, ReadOnlySpan<byte> value)
    {
        return Bound(value.IsEmpty ? raw.sqlite3_bind_zeroblob(_statement, index, 0) : raw.sqlite3_bind_blob(_statement, index, value));
    }

    /// <summary>Runs the statement to completion, then resets it and clears its bindings for the next use.</summary>
    public void Execute() => Step();

    /// <summary>
    /// <see cref="Execute"/>, returning the rows the statement inserted, changed or deleted (one more
    /// native call, so only where the count decides something).
    /// </summary>
    public int ExecuteCountingChanges()
    {
        Step();
        return raw.sqlite3_changes(_db);
    }

    private void Step()
    {
        try
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc == raw.SQLITE_ROW)
            {
                throw new InvalidOperationException("A write statement returned rows.");
            }

            Check(rc);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
            raw.sqlite3_clear_bindings(_statement);
        }
    }

    public void Dispose() => raw.sqlite3_finalize(_statement);

    /// <summary>A failed bind clears the others, so the next use cannot inherit a half-bound row.</summary>
    private RawStatement Bound(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            try
            {
                Check(rc);
            }
            finally
            {
                raw.sqlite3_clear_bindings(_statement);
            }
        }

        return this;
    }

    private void Check(int rc) => SqliteException.ThrowExceptionForRC(rc, _db);
}
