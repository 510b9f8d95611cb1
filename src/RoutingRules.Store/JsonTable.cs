using System.Text.Json;
using Microsoft.Data.Sqlite;
using RoutingRules.Domain.Serialization;

namespace RoutingRules.Store;

/// <summary>A table holding one record type as JSON keyed by id, with an optional indexed link column.</summary>
internal sealed class JsonTable<T>(string table, Func<T, string> idOf, string? linkColumn = null, Func<T, string?>? linkOf = null)
{
    private readonly string _upsertSql = linkColumn is null
        ? $"INSERT INTO {table} (id, json) VALUES ($id, $json) ON CONFLICT(id) DO UPDATE SET json = excluded.json"
        : $"INSERT INTO {table} (id, json, {linkColumn}) VALUES ($id, $json, $link) " +
          $"ON CONFLICT(id) DO UPDATE SET json = excluded.json, {linkColumn} = excluded.{linkColumn}";

    public string Name => table;

    /// <summary>A prepared upsert reused for every row of a bulk write.</summary>
    public Writer CreateWriter(SqliteConnection connection, SqliteTransaction transaction) => new(this, connection, transaction);

    public bool Delete(SqliteConnection connection, SqliteTransaction transaction, string id)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"DELETE FROM {table} WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteNonQuery() > 0;
    }

    public void DeleteAll(SqliteConnection connection, SqliteTransaction transaction) =>
        SqliteConnections.Execute(connection, $"DELETE FROM {table}", transaction);

    public List<T> LoadAll(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT json FROM {table} ORDER BY rowid";
        using var reader = command.ExecuteReader();
        var records = new List<T>();
        while (reader.Read())
        {
            records.Add(JsonSerializer.Deserialize<T>(reader.GetString(0), DatasetJson.Compact)
                ?? throw new InvalidDataException($"A null record in table {table}."));
        }

        return records;
    }

    internal sealed class Writer : IDisposable
    {
        private readonly SqliteCommand _command;
        private readonly SqliteParameter _id;
        private readonly SqliteParameter _json;
        private readonly SqliteParameter? _link;
        private readonly JsonTable<T> _table;

        public Writer(JsonTable<T> table, SqliteConnection connection, SqliteTransaction transaction)
        {
            _table = table;
            _command = connection.CreateCommand();
            _command.Transaction = transaction;
            _command.CommandText = table._upsertSql;
            _id = _command.Parameters.Add("$id", SqliteType.Text);
            _json = _command.Parameters.Add("$json", SqliteType.Text);
            if (table._linkOf is not null)
            {
                _link = _command.Parameters.Add("$link", SqliteType.Text);
            }

            _command.Prepare();
        }

        public void Write(T record)
        {
            _id.Value = _table._idOf(record);
            _json.Value = JsonSerializer.Serialize(record, DatasetJson.Compact);
            if (_link is not null)
            {
                _link.Value = (object?)_table._linkOf!(record) ?? DBNull.Value;
            }

            _command.ExecuteNonQuery();
        }

        public void Dispose() => _command.Dispose();
    }

    private readonly Func<T, string> _idOf = idOf;
    private readonly Func<T, string?>? _linkOf = linkOf;
}
