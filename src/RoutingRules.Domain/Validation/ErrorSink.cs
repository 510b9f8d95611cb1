namespace RoutingRules.Domain.Validation;

/// <summary>Collects errors for one record; keeps the validators terse.</summary>
internal sealed class ErrorSink(List<ValidationError> errors)
{
    public string Type { get; set; } = string.Empty;
    public string Id { get; set; } = string.Empty;

    public void For(string type, string id)
    {
        Type = type;
        Id = TextLimits.Shorten(id);
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
            Add(field, $"references unknown {targetType} {TextLimits.Quote(id)}");
        }
    }

    /// <summary>A text over <paramref name="max"/> characters (<see cref="TextLimits"/>).</summary>
    public void Text(string field, string? value, int max = TextLimits.MaxText)
    {
        if (value is not null && value.Length > max)
        {
            Add(field, TextLimits.TooLong(max, value.Length));
        }
    }

    /// <summary>Each entry of a list of texts, by index (<c>aliases[2]</c>).</summary>
    public void Texts(string field, IReadOnlyList<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            Text($"{field}[{i}]", values[i]);
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
            Add(field, $"{TextLimits.Quote(code)} is not an ISO 3166-1 alpha-2 country code");
        }
    }
}
