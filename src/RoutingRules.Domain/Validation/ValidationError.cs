namespace RoutingRules.Domain.Validation;

/// <summary>
/// One problem in reference data: which record (type and id) and which field (camelCase path as
/// in the dataset JSON, e.g. "criteria.countries[1]"). Maps onto a google.rpc.BadRequest field violation.
/// </summary>
public sealed record ValidationError(string RecordType, string RecordId, string Field, string Message)
{
    public override string ToString() => $"{RecordType} '{RecordId}' {Field}: {Message}";
}
