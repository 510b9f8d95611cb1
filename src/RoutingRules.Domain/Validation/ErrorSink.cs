namespace RoutingRules.Domain.Validation;

/// <summary>Collects errors for one record; keeps the validators terse.</summary>
internal sealed class ErrorSink(List<ValidationError> errors)
{
    public string Type { get; set; } = string.Empty;
    public string Id { get; set; } = string.Empty;

    public void For(string type, string id)
    {
        Type = type;
        Id = id;
    }

    public void Add(string field, string message) => errors.Add(new ValidationError(Type, Id, field, message));

    public void Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "is required");
        }
    }

    public void Reference(string field, string? id, IReadOnlySet<string> known, string targetType)
    {
        if (id is not null && !known.Contains(id))
        {
            Add(field, $"references unknown {targetType} '{id}'");
        }
    }

    public void NotNegative(string field, double value)
    {
        if (value < 0 || double.IsNaN(value))
        {
            Add(field, "must not be negative");
        }
    }

    public void NotNegativeAmount(string field, decimal? value)
    {
        if (value < 0)
        {
            Add(field, "must not be negative");
        }
    }

    public void Country(string field, string? code)
    {
        if (code is not null && !CountryCodes.IsValid(code))
        {
            Add(field, $"'{code}' is not an ISO 3166-1 alpha-2 country code");
        }
    }
}
