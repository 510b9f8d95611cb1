using System.Globalization;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Validation;

namespace RoutingRules.Domain.Serialization;

/// <summary>
/// Reads accounts from a CRM export: a header row naming the columns (any order, case-insensitive,
/// unknown columns ignored; "id" and "name" required), list columns separated by ';'.
/// Columns are listed in docs/dataset.md.
/// </summary>
public static class AccountCsv
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "id", "name", "domains", "aliases", "status", "churnedOn", "ownerId", "strategic", "strategicOwnerId",
        "namedAccountOwnerId", "competitor", "partnerManagerId", "partnerSourcing", "contractValue", "accountManagerId",
        "parentAccountId", "employeeCount", "industry", "country", "ipRanges",
    ];

    public static AccountCsvResult Read(TextReader reader)
    {
        var accounts = new List<Account>();
        var errors = new List<ValidationError>();
        Dictionary<string, int>? header = null;
        foreach (var (line, fields) in CsvParser.Read(reader))
        {
            if (fields is [""])
            {
                continue;
            }

            if (header is null)
            {
                header = ReadHeader(fields, line, errors);
                if (header is null)
                {
                    break;
                }

                continue;
            }

            var row = new Row(header, fields, $"line {line}", errors);
            var account = row.ToAccount();
            if (account is not null)
            {
                accounts.Add(account);
            }
        }

        return new AccountCsvResult(accounts, errors);
    }

    private static Dictionary<string, int>? ReadHeader(List<string> fields, int line, List<ValidationError> errors)
    {
        var header = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < fields.Count; i++)
        {
            header.TryAdd(fields[i].Trim(), i);
        }

        foreach (var required in new[] { "id", "name" })
        {
            if (!header.ContainsKey(required))
            {
                errors.Add(new ValidationError("AccountCsv", $"line {line}", required, "header lacks this required column"));
            }
        }

        return errors.Count == 0 ? header : null;
    }

    private sealed class Row(Dictionary<string, int> header, List<string> fields, string where, List<ValidationError> errors)
    {
        public Account? ToAccount()
        {
            var before = errors.Count;
            var id = Text("id");
            var name = Text("name");
            if (id is null || name is null)
            {
                Error(id is null ? "id" : "name", "is required");
                return null;
            }

            var account = new Account
            {
                Id = id,
                Name = name,
                Domains = List("domains"),
                Aliases = List("aliases"),
                Status = Parse("status", s => Enum.Parse<AccountStatus>(s, ignoreCase: true), AccountStatus.Prospect),
                ChurnedOn = Parse<DateOnly?>("churnedOn", s => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture), null),
                OwnerId = Text("ownerId"),
                Strategic = Parse("strategic", ParseBool, false),
                StrategicOwnerId = Text("strategicOwnerId"),
                NamedAccountOwnerId = Text("namedAccountOwnerId"),
                Competitor = Parse("competitor", ParseBool, false),
                PartnerManagerId = Text("partnerManagerId"),
                PartnerSourcing = Parse("partnerSourcing", s => Enum.Parse<PartnerSourcing>(s, ignoreCase: true), PartnerSourcing.Partner),
                // A decimal point only: with thousands separators allowed, a French export's "1,5" read as 15.
                ContractValue = Parse<decimal?>("contractValue", s => decimal.Parse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture), null),
                AccountManagerId = Text("accountManagerId"),
                ParentAccountId = Text("parentAccountId"),
                EmployeeCount = Parse<int?>("employeeCount", s => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture), null),
                Industry = Text("industry"),
                Country = Text("country")?.ToUpperInvariant(),
                IpRanges = List("ipRanges"),
            };
            return errors.Count == before ? account : null;
        }

        private string? Text(string column)
        {
            if (!header.TryGetValue(column, out var index) || index >= fields.Count)
            {
                return null;
            }

            var value = fields[index].Trim();
            return value.Length == 0 ? null : value;
        }

        private IReadOnlyList<string> List(string column) =>
            Text(column)?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

        private T Parse<T>(string column, Func<string, T> parse, T fallback)
        {
            var text = Text(column);
            if (text is null)
            {
                return fallback;
            }

            try
            {
                return parse(text);
            }
            catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
            {
                Error(column, $"'{text}' cannot be read");
                return fallback;
            }
        }

        private static bool ParseBool(string text) => text.ToLowerInvariant() switch
        {
            "true" or "yes" or "1" or "y" => true,
            "false" or "no" or "0" or "n" => false,
            _ => throw new FormatException(),
        };

        private void Error(string column, string message) => errors.Add(new ValidationError("AccountCsv", where, column, message));
    }
}
