using System.Text;
using RoutingRules.Domain.Validation;
using RoutingRules.Grpc;

namespace RoutingRules.Server.Mapping;

/// <summary>
/// Turns domain validation errors into INVALID_ARGUMENT with google.rpc.BadRequest field paths in
/// the proto's terms: <c>accounts[acme].owner_id</c>, <c>policy.capacity.open_leads_cap</c>.
/// </summary>
internal static class ValidationMapping
{
    /// <summary>Trailers carry the details; thousands of violations would overflow a client's header limit.</summary>
    internal const int MaxViolations = 100;

    public static GrpcStatusException ToStatus(IReadOnlyList<ValidationError> errors, IReadOnlyList<(string Field, string Description)>? extra = null)
    {
        var violations = new List<(string Field, string Description)>(Math.Min(errors.Count, MaxViolations));
        foreach (var (field, description) in extra ?? [])
        {
            if (violations.Count < MaxViolations)
            {
                violations.Add((field, description));
            }
        }

        foreach (var error in errors)
        {
            if (violations.Count == MaxViolations)
            {
                break;
            }

            violations.Add((FieldPath(error), error.Message));
        }

        var total = errors.Count + (extra?.Count ?? 0);
        var message = total > violations.Count
            ? $"{total} validation errors; the first {violations.Count} are listed. Nothing was written."
            : $"{total} validation error(s). Nothing was written.";
        return GrpcStatusException.InvalidArgument(message, [.. violations]);
    }

    public static string FieldPath(ValidationError error)
    {
        var field = SnakeCase(error.Field);
        return error.RecordType switch
        {
            "RoutingPolicy" => "policy." + field,
            "AccountCsv" => $"accounts_csv[{error.RecordId}].{field}",
            _ => $"{Collection(error.RecordType)}[{error.RecordId}].{field}",
        };
    }

    public static string Collection(string recordType) => recordType switch
    {
        "Rep" => "reps",
        "Territory" => "territories",
        "Account" => "accounts",
        "Opportunity" => "opportunities",
        "PreviousLead" => "previous_leads",
        _ => SnakeCase(recordType),
    };

    /// <summary>Converts each camelCase segment of a dotted path; indexes, map keys (<c>[GP]</c>) and punctuation stay.</summary>
    public static string SnakeCase(string path)
    {
        var builder = new StringBuilder(path.Length + 8);
        var inBrackets = false;
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            inBrackets = c == '[' || (inBrackets && c != ']');
            if (char.IsAsciiLetterUpper(c) && !inBrackets)
            {
                if (i > 0 && char.IsAsciiLetterLower(path[i - 1]))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
