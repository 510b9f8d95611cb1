using RoutingRules.Domain.Model;
using RoutingRules.Domain.Validation;

namespace RoutingRules.Domain.Serialization;

/// <summary>Accounts parsed from a CRM export and the problems found (record id "line N").</summary>
public sealed record AccountCsvResult(IReadOnlyList<Account> Accounts, IReadOnlyList<ValidationError> Errors);
