using System.Globalization;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Serialization;
using RoutingRules.Domain.Validation;
using RoutingRules.Server.Mapping;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Admin;

/// <summary>
/// Gathers the messages of one ImportDataset stream. Nothing reaches the store until the stream
/// ends, so the whole import is validated and applied as one transaction.
/// </summary>
/// <param name="now">The server's clock for an import (<see cref="FieldErrors.Now"/>); null for the CLI reassembling an export.</param>
internal sealed class ImportAccumulator(DateTimeOffset? now = null)
{
    private readonly List<Rep> _reps = [];
    private readonly List<Territory> _territories = [];
    private readonly List<Account> _accounts = [];
    private readonly List<Opportunity> _opportunities = [];
    private readonly List<PreviousLead> _previousLeads = [];
    private readonly List<ValidationError> _csvErrors = [];
    private RoutingPolicy? _policy;
    private bool _csvSent;
    private bool _recordsSent;

    public FieldErrors Errors { get; } = new(now);

    public Proto.ImportMode Mode { get; private set; }

    public int Chunks { get; private set; }

    public IReadOnlyList<ValidationError> CsvErrors => _csvErrors;

    public void Add(Proto.ImportDatasetRequest request)
    {
        if (Chunks++ == 0)
        {
            Mode = request.Mode;
            if (!Enum.IsDefined(Mode))
            {
                Errors.Add("mode", $"{(int)Mode} is not a known ImportMode value");
            }
        }

        if (request.Chunk is { } chunk)
        {
            _recordsSent |= chunk.Policy is not null || chunk.Reps.Count > 0 || chunk.Territories.Count > 0 || chunk.Accounts.Count > 0
                || chunk.Opportunities.Count > 0 || chunk.PreviousLeads.Count > 0;
            if (chunk.Policy is not null)
            {
                if (_policy is not null)
                {
                    Errors.Add($"chunk[{Chunks - 1}].policy", "the policy may be sent once per import");
                }

                _policy = PolicyMapping.ToDomain(chunk.Policy, Errors, "policy");
            }

            foreach (var r in chunk.Reps)
            {
                _reps.Add(RepMapping.ToDomain(r, Errors, $"reps[{r.Id}]"));
            }

            foreach (var t in chunk.Territories)
            {
                _territories.Add(TerritoryMapping.ToDomain(t, Errors, $"territories[{t.Id}]"));
            }

            foreach (var a in chunk.Accounts)
            {
                _accounts.Add(AccountMapping.ToDomain(a, Errors, $"accounts[{a.Id}]"));
            }

            foreach (var o in chunk.Opportunities)
            {
                _opportunities.Add(SalesHistoryMapping.ToDomain(o, Errors, $"opportunities[{o.Id}]"));
            }

            foreach (var l in chunk.PreviousLeads)
            {
                _previousLeads.Add(SalesHistoryMapping.ToDomain(l, Errors, $"previous_leads[{l.Id}]"));
            }
        }

        if (request.AccountsCsv.Length > 0)
        {
            _csvSent = true;
            AddCsv(request.AccountsCsv, request.AccountsCsvLineOffset);
        }
    }

    /// <summary>
    /// Whether the import is merged into the stored data: when asked, and when no mode was given
    /// for a CRM accounts export alone. A CSV of accounts is never a whole dataset: replacing with
    /// it deleted every rep, territory and the policy, and every lead then went to the escalation
    /// queue (the CLI's <c>import accounts.csv</c> always merged; a gRPC caller who left the mode
    /// unset did not).
    /// </summary>
    public bool Merges => Mode == Proto.ImportMode.Merge || (Mode == Proto.ImportMode.Unspecified && _csvSent && !_recordsSent);

    /// <summary>The dataset the import produces: the payload alone, or merged by id into <paramref name="current"/>.</summary>
    public Dataset Build(Dataset current)
    {
        if (!Merges)
        {
            return new Dataset
            {
                Policy = _policy ?? RoutingPolicy.Default,
                Reps = _reps,
                Territories = _territories,
                Accounts = _accounts,
                Opportunities = _opportunities,
                PreviousLeads = _previousLeads,
            };
        }

        return current with
        {
            Policy = _policy ?? current.Policy,
            Reps = Merge(current.Reps, _reps, r => r.Id),
            Territories = Merge(current.Territories, _territories, t => t.Id),
            Accounts = Merge(current.Accounts, _accounts, a => a.Id),
            Opportunities = Merge(current.Opportunities, _opportunities, o => o.Id),
            PreviousLeads = Merge(current.PreviousLeads, _previousLeads, l => l.Id),
        };
    }

    private void AddCsv(string csv, int lineOffset)
    {
        var result = AccountCsv.Read(new StringReader(csv));
        _accounts.AddRange(result.Accounts);
        foreach (var error in result.Errors)
        {
            var line = error.RecordId.StartsWith("line ", StringComparison.Ordinal)
                && int.TryParse(error.RecordId.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                    ? $"line {number + lineOffset}"
                    : error.RecordId;
            _csvErrors.Add(error with { RecordId = line });
        }
    }

    /// <summary>Stored records the payload does not name, then the payload as sent (so its own duplicates still fail validation).</summary>
    private static List<T> Merge<T>(IReadOnlyList<T> current, List<T> incoming, Func<T, string> idOf)
    {
        var replaced = new HashSet<string>(incoming.Select(idOf), StringComparer.Ordinal);
        var result = new List<T>(current.Count + incoming.Count);
        result.AddRange(current.Where(r => !replaced.Contains(idOf(r))));
        result.AddRange(incoming);
        return result;
    }
}
